package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.clean.TextLine.LineClass;
import com.precis.text.LanguageDetector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One small hand-written line per rule of the text-dump line classifier. */
class LineClassifierTest {

    private static final LineClassifier CLASSIFIER = new LineClassifier(LanguageDetector.standard(),
            BoilerplateLexicon.standard());
    private static final String PROSE = "The minister said on Tuesday that the plan would be put to a vote in the "
            + "parliament before the end of the year.";

    private static LineClass classOf(String line) {
        return classes(List.of(PROSE, line, PROSE)).get(1).kind();
    }

    private static List<TextLine> classes(List<String> lines) {
        return CLASSIFIER.classify(lines, Set.of(), "en");
    }

    @Test
    void prose() {
        assertThat(classOf("Officials said the talks would resume next week after the holiday, according to two people.")).isEqualTo(LineClass.PROSE);
    }

    @Test
    void tickersAndPrices() {
        assertThat(classOf("BTC$64,210.55+2.31%")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("+1.25%")).isEqualTo(LineClass.NOISE);
    }

    @Test
    void shareBarsInSeveralLanguages() {
        assertThat(classOf("Share Tweet Email")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Partager")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Compartir")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Click to share on Telegram (Opens in new window)")).isEqualTo(LineClass.NOISE);
    }

    @Test
    void adLabelsAndCallsToAction() {
        assertThat(classOf("Advertisement")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Anzeige")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Sign up for our newsletter and get the best stories every morning.")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Advertise in our research and reach the sharpest investors.")).isEqualTo(LineClass.NOISE);
    }

    @Test
    void theWordAdvertisingInAnArticleSentenceIsNotAnAd() {
        assertThat(classOf("We use the information we have to improve our advertising and measurement systems, the company wrote."))
                .isEqualTo(LineClass.PROSE);
    }

    @Test
    void disclaimersAndLegalLines() {
        assertThat(classOf("Copyright © 2019 The Daily Planet. All rights reserved.")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Disclaimer: the articles reposted on this site come from public platforms and are provided "
                + "for information only; they do not necessarily reflect the views of the site.")).isEqualTo(LineClass.NOISE);
    }

    @Test
    void aLongLineInAnotherLanguageIsNoise() {
        assertThat(classOf("Les articles republiés sur ce site proviennent de plateformes publiques et sont fournis "
                + "à titre informatif uniquement.")).isEqualTo(LineClass.NOISE);
    }

    @Test
    void pictureCredits() {
        assertThat(classOf("Photo: Jane Doe/Reuters")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("(Photo by John Smith)")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("ChinaFotoPress via Getty Images")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("The photo was taken minutes before the storm, he said.")).isNotEqualTo(LineClass.NOISE);
    }

    @Test
    void stampsOfFeedsCommentsAndTeasers() {
        assertThat(classOf("14:44 Minister resigns after the vote on the budget")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Jane Roe · March 10, 2017 at 12:20 AM")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("PANews2025/06/24 10:01")).isEqualTo(LineClass.NOISE);
    }

    @Test
    void linksLabelledAsRelatedInSeveralLanguages() {
        assertThat(classOf("Related: Rich are paying more in taxes but not as much as they used to")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Lire aussi : Le projet de loi sur le renseignement adopté")).isEqualTo(LineClass.NOISE);
        assertThat(classOf("Leia também: Tite diz que errou ao levar taça")).isEqualTo(LineClass.NOISE);
    }

    @Test
    void fileNamesOfPictures() {
        assertThat(classOf("WEB18-Facebook-1160x768.jpg")).isEqualTo(LineClass.NOISE);
    }

    @Test
    void menusWrittenOnOneLine() {
        assertThat(classOf("Home | News | Sport | Weather | Travel")).isEqualTo(LineClass.NOISE);
    }

    @Test
    void tailsOfOtherArticlesInSeveralLanguages() {
        assertThat(classOf("You may also like")).isEqualTo(LineClass.BARRIER);
        assertThat(classOf("Vous aimerez peut-être aussi")).isEqualTo(LineClass.BARRIER);
        assertThat(classOf("Noticias relacionadas")).isEqualTo(LineClass.BARRIER);
        assertThat(classOf("Mehr zum Thema")).isEqualTo(LineClass.BARRIER);
        assertThat(classOf("Související články")).isEqualTo(LineClass.BARRIER);
        assertThat(classOf("Trending Now")).isEqualTo(LineClass.BARRIER);
    }

    @Test
    void commentHeadingsAreBarriersThatHeadComments() {
        List<TextLine> lines = classes(List.of(PROSE, "There are 13 comments", PROSE, "2 Comments on “The plan”", PROSE));
        assertThat(lines.get(1).kind()).isEqualTo(LineClass.BARRIER);
        assertThat(lines.get(1).comments()).isTrue();
        assertThat(lines.get(3).comments()).isTrue();
    }

    @Test
    void slideShowCountersEndARun() {
        assertThat(classOf("3/50 Star Wars boosts the economy")).isEqualTo(LineClass.BARRIER);
    }

    @Test
    void readMoreRightBeforeALongParagraphIsALinkLabelNotATail() {
        List<TextLine> lines = classes(List.of(PROSE, "Read more", PROSE + " " + PROSE));
        assertThat(lines.get(1).kind()).isEqualTo(LineClass.NOISE);
    }

    @Test
    void headingsAndTitles() {
        assertThat(classOf("Nvidia still has appeal in China")).isEqualTo(LineClass.SHORT);
        // long, few function words, no full stop: a heading, not a list
        assertThat(classOf("CAC asked companies to abandon Nvidia’s H20 chips following Lutnick’s comments"))
                .isEqualTo(LineClass.SHORT);
        // prose-like words in Title Case without a full stop: a teaser's title
        assertThat(classOf("Stack Overflow Survey Results Show WordPress Is Trending Up Despite Being Ranked Among the Most Dreaded"))
                .isEqualTo(LineClass.SHORT);
    }

    @Test
    void shortSentences() {
        assertThat(classOf("He declined to comment.")).isEqualTo(LineClass.SENTENCE);
        assertThat(classOf("Analysts gave a few reasons:")).isEqualTo(LineClass.SHORT);
    }

    @Test
    void aRepeatedTeaserTitleIsNoiseButARepeatedSentenceIsNot() {
        List<TextLine> lines = classes(List.of("Senators propose a new act on income", PROSE,
                "Senators propose a new act on income", "You can add plants if you wish.", PROSE,
                "You can add plants if you wish."));
        assertThat(lines.get(0).kind()).isEqualTo(LineClass.NOISE);
        assertThat(lines.get(3).kind()).isEqualTo(LineClass.SENTENCE);
    }

    @Test
    void chineseProseIsKnownByItsPunctuationOrLength() {
        List<TextLine> lines = CLASSIFIER.classify(List.of("谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机。",
                "科技频道首页", "每年12月向来是攝影班外拍的絕佳場所之一 楓紅期間入園費五十元"), Set.of(), "zh");
        assertThat(lines).extracting(TextLine::kind).containsExactly(LineClass.PROSE, LineClass.SHORT, LineClass.PROSE);
    }
}
