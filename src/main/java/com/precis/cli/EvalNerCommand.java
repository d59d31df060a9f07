package com.precis.cli;

import com.precis.ner.NerTagger;
import com.precis.ner.train.NerTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code eval-ner [--corpus DIR] [--only NAME] [--no-document-pass] [--errors] [--timing N]}: entity-level P/R/F1 per corpus
 * and type of the shipped tagger, on the dev parts (tuned on) and the held-back parts (never tuned on).
 */
final class EvalNerCommand {

    static final Usage USAGE = new Usage("eval-ner [--corpus DIR] [--only NAME] [--no-document-pass] [--errors] [--timing N]",
            "Entity-level P/R/F1 per corpus and type of the shipped tagger, on the dev parts (tuned on) and the\n"
                    + "held-back parts (never tuned on).",
            List.of(Usage.option("--corpus", "DIR", "the annotated corpora (default ../shared/corpus/ner)"),
                    Usage.option("--only", "NAME", "score one corpus only"),
                    Usage.flag("--no-document-pass", "tag without the pass that makes a name's type agree across a document"),
                    Usage.flag("--errors", "list the errors on stderr"),
                    Usage.option("--timing", "N", "time N warm rounds of tagging instead of scoring")));

    private EvalNerCommand() {
    }

    static int run(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE);
        args.noPositionals("");
        Path corpus = Path.of(args.value("--corpus", "../shared/corpus/ner"));
        String only = args.value("--only");
        boolean documentPass = !args.flag("--no-document-pass");
        boolean errors = args.flag("--errors");
        int timing = args.flag("--timing") ? args.positiveInt("--timing", 1) : 0;
        if (!Files.isDirectory(corpus)) {
            throw new CommandFailure("no corpus folder " + corpus + " (give --corpus DIR)");
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
