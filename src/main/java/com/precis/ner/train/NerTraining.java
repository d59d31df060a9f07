package com.precis.ner.train;

import com.precis.actors.Gazetteer;
import com.precis.actors.NameLexicon;
import com.precis.ner.NerLexicon;
import com.precis.ner.NerModel;
import com.precis.ner.NerTagger;
import com.precis.ner.NerText;
import com.precis.ner.WordClusters;
import com.precis.text.SentenceSplitter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code train-ner} and {@code eval-ner}: the whole recipe, from the annotated corpora (and
 * unlabeled pages for the clusters) to the two resources the tagger ships with, then the figures.
 */
public final class NerTraining {

    public static final int EPOCHS = 10;
    public static final long SEED = 20261204L;
    private static final int FINE_CLUSTERS = 1000;
    private static final int COARSE_CLUSTERS = 100;

    private final NameLexicon names = NameLexicon.standard();
    private final Gazetteer gazetteer = Gazetteer.standard();
    private final SentenceSplitter splitter = SentenceSplitter.standard();

    /**
     * Learns clusters from the train parts' text (and the unlabeled pages, if any), trains the
     * model on the train parts, writes {@code clusters.txt} and the model into {@code out}.
     */
    public NerTagger train(Path corpus, List<Path> unlabeledPages, Path out, int epochs, PrintStream log) throws IOException {
        NerCorpora corpora = new NerCorpora(corpus, new LabelMapping(names, gazetteer));
        List<CorpusPart> train = corpora.train();
        List<String> texts = new ArrayList<>();
        for (CorpusPart p : corpora.unlabeled()) {
            for (GoldDocument d : p.documents()) {
                texts.add(d.text());
            }
        }
        for (Path page : unlabeledPages) {
            texts.add(Files.readString(page, StandardCharsets.UTF_8));
        }
        log.printf("clusters: learning from %d texts%n", texts.size());
        List<String> clusterLines = new ClusterLearner(FINE_CLUSTERS, COARSE_CLUSTERS, SEED).learn(texts);
        WordClusters clusters = WordClusters.of(clusterLines);
        NerLexicon lexicon = NerLexicon.standard(names, gazetteer);
        NerTagger reader = new NerTagger(null, lexicon, clusters);
        List<PreparedDocument> docs = new ArrayList<>();
        int misaligned = 0;
        for (CorpusPart p : train) {
            for (GoldDocument d : p.documents()) {
                PreparedDocument prepared = PreparedDocument.of(CaseAugmenter.augment(d), reader, splitter);
                misaligned += prepared.misaligned();
                docs.add(prepared);
            }
        }
        log.printf("training on %d documents (%d names not on token boundaries left out)%n", docs.size(), misaligned);
        NerModel model = new PerceptronTrainer().train(docs, epochs, SEED);
        Files.createDirectories(out);
        Files.write(out.resolve(WordClusters.RESOURCE), clusterLines, StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(out.resolve(NerModel.RESOURCE))) {
            model.write(o);
        }
        log.printf("wrote %s (%d features, %d bytes) and %s (%d words)%n", NerModel.RESOURCE, model.features(),
                Files.size(out.resolve(NerModel.RESOURCE)), WordClusters.RESOURCE, clusterLines.size());
        try (var in = Files.newInputStream(out.resolve(NerModel.RESOURCE))) {
            return new NerTagger(NerModel.read(in), lexicon, clusters);
        }
    }

    /** Prints the dev and held-back figures of a tagger. */
    public void evaluate(Path corpus, NerTagger tagger, String only, boolean documentPass, PrintStream out,
                         PrintStream errors) throws IOException {
        NerCorpora corpora = new NerCorpora(corpus, new LabelMapping(names, gazetteer));
        List<CorpusPart> parts = new ArrayList<>();
        for (CorpusPart p : Stream.concat(corpora.dev().stream(), corpora.heldBack().stream()).toList()) {
            if (only == null || p.name().startsWith(only)) {
                parts.add(p);
            }
        }
        NerEvaluation.print(parts, tagger, splitter, documentPass, out, errors);
    }

    /**
     * Warm tagging time over the dev documents (reading the text and both passes), in CPU
     * milliseconds of this thread per 1,000 tokens: about one average 800-word article. CPU time,
     * not wall time, since the machines here are shared.
     */
    public double millisPerThousandTokens(Path corpus, NerTagger tagger, int rounds) throws IOException {
        NerCorpora corpora = new NerCorpora(corpus, new LabelMapping(names, gazetteer));
        List<PreparedDocument> docs = new ArrayList<>();
        for (CorpusPart p : corpora.dev()) {
            for (GoldDocument d : p.documents()) {
                docs.add(PreparedDocument.of(d, tagger, splitter));
            }
        }
        long tokens = 0;
        long nanos = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds + 1; r++) {
            long started = cpu.getCurrentThreadCpuTime();
            long n = 0;
            for (PreparedDocument d : docs) {
                NerText again = tagger.read(d.text().tokens(), d.sentenceRanges());
                tagger.tag(again);
                n += again.tokens().size();
            }
            if (r > 0) { // the first round warms the JIT
                nanos += cpu.getCurrentThreadCpuTime() - started;
                tokens += n;
            }
        }
        return nanos / 1e6 / (tokens / 1000.0);
    }

    public NerTagger standardTagger() {
        return NerTagger.standard(names, gazetteer);
    }
}
