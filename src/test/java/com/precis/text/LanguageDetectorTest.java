package com.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Paragraphs of the development corpus' non-English pages (copied into the test resources). */
class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = LanguageDetector.standard();

    private static String page(String name) throws IOException {
        try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("languages/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource({"fr, fr-lemonde-1", "fr, fr-liberation-1", "es, es-la-nacion", "es, es-cnet-svg-classes",
        "pt, pt-folha", "de, de-heise", "cs, cs-aktualne", "en, en-bbc-1"})
    void theCorpusPagesAreDetected(String language, String page) throws IOException {
        assertThat(DETECTOR.detect(page(page))).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | Le gouvernement a présenté mardi son projet de loi sur les retraites.",
        "es | El presidente dijo que no habrá cambios en el gabinete hasta el año que viene.",
        "pt | O ministro disse que não vai comentar a decisão do tribunal.",
        "de | Die Regierung hat am Dienstag einen neuen Gesetzentwurf vorgelegt.",
        "cs | Vláda ve středu schválila návrh zákona, který podle ministra pomůže firmám."})
    void oneSentenceIsEnough(String language, String sentence) {
        assertThat(DETECTOR.detect(sentence)).isEqualTo(language);
    }

    @Test
    void tooLittleEvidenceGivesNoLanguage() {
        assertThat(DETECTOR.detect("")).isNull();
        assertThat(DETECTOR.detect("Nvidia H20")).isNull();
        assertThat(DETECTOR.detect("Home News Sport Weather")).isNull();
    }

    @Test
    void aCliticAfterAnApostropheIsNoFunctionWord() {
        // "s" and "to" are Czech function words; in English they are a clitic and a preposition
        assertThat(DETECTOR.detect("CAC asked companies to abandon Nvidia’s H20 chips following Lutnick’s comments"))
                .isNotEqualTo("cs");
    }

    @Test
    void ambiguousFunctionWordsCountForEachLanguage() {
        // "de la" is both French and Spanish; the rest decides
        assertThat(DETECTOR.detect("la casa de la familia está en el centro de la ciudad")).isEqualTo("es");
        assertThat(DETECTOR.detect("la maison de la famille est dans le centre de la ville")).isEqualTo("fr");
    }

    @Test
    void otherScriptsAreKnownByTheirLetters() {
        assertThat(DETECTOR.detect("谷歌在2014年收购的人工智能公司开发出一款计算机。")).isEqualTo("zh");
        assertThat(DETECTOR.detect("トレンドマイクロは3月9日、アプリの発売を開始すると発表した。")).isEqualTo("ja");
        assertThat(DETECTOR.detect("Правительство одобрило законопроект во вторник.")).isEqualTo("ru");
    }

    @Test
    void theShareOfFunctionWordsTellsProseFromAList() {
        assertThat(DETECTOR.functionWordShare("The minister said that the plan was not ready for a vote.", "en"))
                .isGreaterThan(0.3);
        assertThat(DETECTOR.functionWordShare("Politics Business Technology Science Health Sport", "en")).isZero();
    }
}
