package com.precis.ner.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.actors.Gazetteer;
import com.precis.actors.NameLexicon;
import com.precis.ner.Entity;
import com.precis.ner.EntityType;
import com.precis.ner.NerLexicon;
import com.precis.ner.NerModel;
import com.precis.ner.NerTagger;
import com.precis.ner.WordClusters;
import com.precis.text.SentenceSplitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training on a tiny made-up corpus: the same input gives the same clusters and the same model bytes. */
class TrainingDeterminismTest {

    private static final NameLexicon NAMES = NameLexicon.standard();
    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final NerLexicon LEXICON = NerLexicon.standard(NAMES, GAZETTEER);
    private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();
    private static final String[] PEOPLE = {"Tomas Brel", "Anna Kowal", "Piet Varga", "Lena Osk"};
    private static final String[] PLACES = {"Lazdona", "Orvania", "Brellport", "Kestmar"};

    /** Sentences "X visited Y on Monday, officials of Z said." with their names. */
    private static List<GoldDocument> corpus() {
        List<GoldDocument> docs = new ArrayList<>();
        for (int d = 0; d < 24; d++) {
            StringBuilder text = new StringBuilder();
            List<GoldSpan> spans = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                String person = PEOPLE[(d + s) % PEOPLE.length];
                String place = PLACES[(d * 3 + s) % PLACES.length];
                int p = text.length();
                text.append(person).append(" visited ");
                spans.add(new GoldSpan(p, p + person.length(), EntityType.PER));
                int l = text.length();
                text.append(place).append(" on Monday, officials said.\n");
                spans.add(new GoldSpan(l, l + place.length(), EntityType.LOC));
            }
            docs.add(new GoldDocument("doc" + d, text.toString(), spans, "news"));
        }
        return docs;
    }

    private static byte[] train(List<String> clusterLines) throws IOException {
        NerTagger reader = new NerTagger(null, LEXICON, WordClusters.of(clusterLines));
        List<PreparedDocument> docs = new ArrayList<>();
        for (GoldDocument d : corpus()) {
            docs.add(PreparedDocument.of(CaseAugmenter.augment(d), reader, SPLITTER));
        }
        NerModel model = new PerceptronTrainer().train(docs, 3, 7L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (GoldDocument d : corpus()) {
            texts.add(d.text());
        }
        return texts;
    }

    @Test
    void sameCorpusSameClustersSameModel() throws IOException {
        List<String> clusters = new ClusterLearner(4, 2, 7L).learn(texts());
        assertThat(new ClusterLearner(4, 2, 7L).learn(texts())).isEqualTo(clusters);
        assertThat(clusters).isNotEmpty();
        byte[] first = train(clusters);
        assertThat(train(clusters)).isEqualTo(first);
    }

    @Test
    void theTrainedModelTagsWhatItWasTaughtAndNewNamesInTheSamePlace() throws IOException {
        List<String> clusters = new ClusterLearner(4, 2, 7L).learn(texts());
        NerModel model = NerModel.read(new java.io.ByteArrayInputStream(train(clusters)));
        NerTagger tagger = new NerTagger(model, LEXICON, WordClusters.of(clusters));
        GoldDocument probe = new GoldDocument("probe", "Anna Kowal visited Kestmar on Monday, officials said.", List.of(), "");
        PreparedDocument p = PreparedDocument.of(probe, tagger, SPLITTER);
        List<Entity> found = tagger.tag(p.text());
        assertThat(found).extracting(Entity::type).containsExactly(EntityType.PER, EntityType.LOC);
    }

    @Test
    void augmentedLinesKeepTheirNamesOnTheSameWords() {
        GoldDocument doc = corpus().get(0);
        for (int seed = 0; seed < 40; seed++) {
            GoldDocument d = new GoldDocument("x" + seed, doc.text(), doc.spans(), "");
            GoldDocument a = CaseAugmenter.augment(d);
            for (int i = 0; i < d.spans().size(); i++) {
                GoldSpan before = d.spans().get(i);
                GoldSpan after = a.spans().get(i);
                assertThat(a.text().substring(after.start(), after.end()).replace(" ", ""))
                        .isEqualToIgnoringCase(d.text().substring(before.start(), before.end()).replace(" ", ""));
            }
        }
    }
}
