package com.precis.cli;

import com.precis.ner.NerTagger;
import com.precis.ner.train.NerTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code eval-ner [--corpus DIR] [--only NAME] [--no-document-pass] [--errors] [--timing N]}: entity-level P/R/F1 per corpus
 * and type of the shipped tagger, on the dev parts (tuned on) and the held-back parts (never tuned on).
 */
final class EvalNerCommand {

    private EvalNerCommand() {
    }

    static int run(String[] args) throws IOException {
        Path corpus = Path.of("../shared/corpus/ner");
        String only = null;
        boolean documentPass = true;
        boolean errors = false;
        int timing = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--no-document-pass" -> documentPass = false;
                case "--errors" -> errors = true;
                case "--timing" -> timing = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("eval-ner: unknown argument " + args[i]);
                    return 2;
                }
            }
        }
        if (!Files.isDirectory(corpus)) {
            System.err.println("eval-ner: no corpus folder " + corpus);
            return 2;
        }
        NerTraining training = new NerTraining();
        long loading = System.nanoTime();
        NerTagger tagger = training.standardTagger();
        double loadMillis = (System.nanoTime() - loading) / 1e6;
        if (timing > 0) {
            System.out.printf(java.util.Locale.ROOT, "tagger: loaded in %.0f ms; %.3f ms of CPU per 1,000 tokens (about one 800-word article), warm, %d rounds over the dev documents%n",
                    loadMillis, training.millisPerThousandTokens(corpus, tagger, timing), timing);
            return 0;
        }
        training.evaluate(corpus, tagger, only, documentPass, System.out, errors ? System.err : null);
        return 0;
    }
}
