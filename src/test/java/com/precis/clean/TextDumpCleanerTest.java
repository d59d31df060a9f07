package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small hand-written dumps, one per rule of how the body is found and what is read around it. */
class TextDumpCleanerTest {

    private static final TextDumpCleaner CLEANER = new TextDumpCleaner(LanguageDetector.standard(),
            BoilerplateLexicon.standard());

    private static final String P1 = "The city council voted on Tuesday to close the old harbour bridge to cars, ending "
            + "a debate that had divided the harbour district for more than a decade.";
    private static final String P2 = "Engineers told the council that the harbour bridge, built in 1931, could no longer "
            + "carry the weight of modern traffic without repairs costing millions.";
    private static final String P3 = "Residents of the harbour district said the bridge closure would add twenty minutes "
            + "to their drive to work, and shop owners feared fewer customers.";
    private static final String P4 = "The mayor said the harbour bridge would reopen to cyclists and walkers next spring, "
            + "once the council has repaired the deck and the railings.";

    private static List<String> texts(String dump) {
        return CLEANER.clean(dump).blocks().stream().map(Block::text).toList();
    }

    @Test
    void theBodyIsTheRunOfProseWithoutTheMenusAroundIt() {
        String dump = String.join("\n", "Home", "News", "Sport", "Bridge to close to cars", P1, P2, P3, P4,
                "Share", "Tweet", "About us", "Contact");
        assertThat(texts(dump)).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aLoneShortLineBetweenParagraphsIsAHeading() {
        List<Block> blocks = CLEANER.clean(String.join("\n", P1, P2, "What happens next", P3, P4)).blocks();
        assertThat(blocks).contains(Block.heading("What happens next"));
    }

    @Test
    void aClusterOfShortLinesInsideTheBodyIsDropped() {
        String dump = String.join("\n", P1, P2, "Most read", "Storm hits coast", "Team wins cup", P3, P4);
        assertThat(texts(dump)).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aListOfTeasersLosesToTheArticleEvenWhenItIsLonger() {
        StringBuilder dump = new StringBuilder(String.join("\n", P1, P2, P3, P4)).append('\n');
        String[][] teasers = {
            {"Festival Crowds Return To The Northern Hills", "Thousands of music fans camped in muddy fields over the weekend as the festival came back after a pause of four years."},
            {"Old Rivals Meet Again In The Cup Final", "The two clubs have not played each other in a final since 1987, and tickets sold out within minutes on Monday."},
            {"Fraud Trial Opens In The Capital", "Prosecutors accuse three former bank managers of moving pension savings into accounts they controlled abroad."},
            {"Record Heat Scorches The Southern Valleys", "Farmers are losing whole harvests of grapes and olives as temperatures stay above forty degrees for a week."},
            {"A New Museum Of Modern Painting", "The collection of a shipping heiress, hidden from the public for decades, goes on show in a converted warehouse."},
            {"Train Tickets Will Cost More Next Winter", "Rail operators blame energy prices for fares rising by a tenth, the steepest increase since privatisation."}};
        for (String[] t : teasers) {
            dump.append(t[0]).append('\n').append(t[1]).append('\n');
        }
        assertThat(texts(dump.toString())).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void anArticleInterruptedByABoxOfLinksIsJoinedWhenItGoesOnAboutTheSameThing() {
        String dump = String.join("\n", P1, P2, "Related", "Storm hits coast", "Jane Roe", "Team wins the cup",
                "John Doe", "Trial opens in capital", P3, P4, "Comments", "I think the bridge should stay open for everyone, "
                        + "the harbour needs its customers and the council never listens.");
        assertThat(texts(dump)).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void commentsOnTheSameTopicAreNeverJoined() {
        String comment = "I cross the harbour bridge every day and the council should have repaired it years ago, "
                + "the closure is their own fault.";
        String dump = String.join("\n", P1, P2, P3, P4, "2 Comments", "Jane Roe", comment, "Reply", "John Doe", comment
                + " Agreed, the bridge was neglected.", "Reply");
        assertThat(texts(dump)).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aLongLegalLineAloneDoesNotBeatAnArticle() {
        String legal = "Use of this site constitutes acceptance of our user agreement and privacy rules, and the material "
                + "on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the "
                + "prior written permission of the publisher, which may be sought by writing to the address given on the "
                + "contact page of the site, where the terms that apply to all readers are also published for reference.";
        assertThat(texts(String.join("\n", P1, P2, P3, "Contact", "Careers", "Jobs", "Help", legal))).containsExactly(P1, P2, P3);
    }

    @Test
    void paragraphsPartedByPicturesAreNotTrimmedForANoticeAfterThem() {
        String notice1 = "To become an approved author, you must have at least two articles in your account.";
        String notice2 = "The articles must be complete, unique and ready to be published on the site.";
        String dump = String.join("\n", P1, "bridge.jpg", P2, "deck.jpg", P3, "railings.jpg", P4, "Write for us", notice1,
                notice2);
        assertThat(texts(dump)).startsWith(P1, P2, P3, P4);
    }

    @Test
    void teasersOnTheSameTopicFurtherDownAreNotJoined() {
        String dump = String.join("\n", P1, P2, P3, "Sponsored Links", "More for you", "Undo", "Weather",
                "Bridge Closures Across The Region", "Two more harbour bridges may close to cars next year, the council said on Monday, after engineers found cracks in the deck of the bridge in the harbour district.",
                "Undo", "Harbour Traffic Report", "The harbour district traffic report for the bridge closure, updated daily by the council, shows how long the drive to work takes for residents and shop owners.");
        assertThat(texts(dump)).containsExactly(P1, P2, P3);
    }

    @Test
    void aByLineAfterTheArticleHasBegunIsAWidgetsNotTheBylines() {
        CleanedArticle cleaned = CLEANER.clean(String.join("\n", P1, P2, P3, P4, "by Taboola"));
        assertThat(cleaned.metadata().publisher()).isNull();
    }

    @Test
    void bylineDateAndSourceAreReadAndKeptOutOfTheBody() {
        String dump = String.join("\n", "Council closes the harbour bridge to cars", "By Jane Roe and John Doe",
                "March 3, 2024", P1, P2, P3, "Source: https://example.com/news/bridge");
        CleanedArticle cleaned = CLEANER.clean(dump);
        assertThat(cleaned.metadata().authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(cleaned.metadata().publishedAt()).isEqualTo("2024-03-03");
        assertThat(cleaned.metadata().url()).isEqualTo("https://example.com/news/bridge");
        assertThat(cleaned.metadata().title()).isEqualTo("Council closes the harbour bridge to cars");
        assertThat(cleaned.blocks()).extracting(Block::text).containsExactly(P1, P2, P3);
    }

    @Test
    void aBylineWithTheDateAndAHandleAfterTheNamesGivesTheNamesAndNoInventedYear() {
        CleanedArticle cleaned = CLEANER.clean(String.join("\n", "Council closes the harbour bridge to cars",
                "By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham", P1, P2, P3));
        assertThat(cleaned.metadata().authors()).containsExactly("Erin Cunningham");
        assertThat(cleaned.metadata().publishedAt()).isNull(); // no year on the page: no date
        CleanedArticle dated = CLEANER.clean(String.join("\n", "By JANE ROE JAN. 13, 2017", P1, P2, P3));
        assertThat(dated.metadata().authors()).containsExactly("JANE ROE");
        assertThat(dated.metadata().publishedAt()).isEqualTo("2017-01-13");
    }

    @Test
    void aBylineInAnyLanguageMayHaveADateAfterABar() {
        CleanedArticle cleaned = CLEANER.clean(String.join("\n", "Por Maria Lopez | 21/08/2025", P1, P2, P3));
        assertThat(cleaned.metadata().authors()).containsExactly("Maria Lopez");
        assertThat(cleaned.metadata().publishedAt()).isEqualTo("2025-08-21");
        CleanedArticle parts = CLEANER.clean(String.join("\n",
                "Le Monde | 04.05.2015 à 13h36 | Par Jean Dupont (avec Anne Martin)", P1, P2, P3));
        assertThat(parts.metadata().authors()).first().isEqualTo("Jean Dupont"); // "(avec …)" co-authors not read yet
    }

    @Test
    void aRoleAfterTheNamesIsNotAName() {
        CleanedArticle cleaned = CLEANER.clean(String.join("\n",
                "By Jane Roe, Senior Staff Technologist, Harbour Trust", P1, P2, P3));
        assertThat(cleaned.metadata().authors()).containsExactly("Jane Roe");
        CleanedArticle described = CLEANER.clean(String.join("\n",
                "By Jane Roe, a deputy editor who has covered the harbour for a decade", P1, P2, P3));
        assertThat(described.metadata().authors()).containsExactly("Jane Roe");
    }

    @Test
    void aDateThenByGivesBoth() {
        CleanedArticle cleaned = CLEANER.clean(String.join("\n", "on March 10, 2015 by John Doe", P1, P2, P3));
        assertThat(cleaned.metadata().authors()).containsExactly("John Doe");
        assertThat(cleaned.metadata().publishedAt()).isEqualTo("2015-03-10");
    }

    @Test
    void aNameFollowedAtOnceByADateOrATimeAgoIsTheBylineButATimeAgoIsNoDate() {
        CleanedArticle dated = CLEANER.clean(String.join("\n", "Dan Goodin - Apr 16, 2015 8:02 pm UTC", P1, P2, P3));
        assertThat(dated.metadata().authors()).containsExactly("Dan Goodin");
        assertThat(dated.metadata().publishedAt()).isEqualTo("2015-04-16T20:02");
        CleanedArticle ago = CLEANER.clean(String.join("\n", "Alex Perry 2 hours ago", P1, P2, P3));
        assertThat(ago.metadata().authors()).containsExactly("Alex Perry");
        assertThat(ago.metadata().publishedAt()).isNull();
    }

    @Test
    void aCommentersNameBeforeWroteIsNoByline() {
        CleanedArticle cleaned = CLEANER.clean(String.join("\n", "Jane Roe wrote on March 3, 2015 at 3:53 am:", P1, P2, P3));
        assertThat(cleaned.metadata().authors()).isEmpty();
    }

    @Test
    void aBylineWithADateMayComeAfterTheStandfirstAndCaption() {
        String caption = "A council worker repairing the bridge deck this month near the old harbour, where the "
                + "railings have rusted through in places.";
        CleanedArticle cleaned = CLEANER.clean(String.join("\n", P4, P1, "Image", caption, "By John Doe",
                "Feb. 21, 2019", P2, P3));
        assertThat(cleaned.metadata().authors()).containsExactly("John Doe");
    }

    @Test
    void aDumpThatGluesTheDateToTheNameStillGivesBoth() {
        CleanedArticle cleaned = CLEANER.clean(String.join("\n", "by Lucas Nolan22 Dec 2016", P1, P2, P3));
        assertThat(cleaned.metadata().authors()).containsExactly("Lucas Nolan");
        assertThat(cleaned.metadata().publishedAt()).isEqualTo("2016-12-22");
    }

    @Test
    void aBylineWordAloneTakesTheNamesOnTheNextLine() {
        CleanedArticle cleaned = CLEANER.clean(String.join("\n", "By", "Benjamin Romano", P1, P2, P3));
        assertThat(cleaned.metadata().authors()).containsExactly("Benjamin Romano");
    }

    @Test
    void aOneWordBylineIsThePublisherInAnyLanguage() {
        assertThat(CLEANER.clean(String.join("\n", "Par : Reuters", P1, P2)).metadata().publisher()).isEqualTo("Reuters");
        assertThat(CLEANER.clean(String.join("\n", "Von Tagesschau", P1, P2)).metadata().publisher()).isEqualTo("Tagesschau");
    }

    @Test
    void theTitleIsTheHeadlineLikeLineBeforeTheBodyThatSharesItsWords() {
        String dump = String.join("\n", "Weather Traffic Sport", "Local News Around The Region", "Harbour bridge closes to cars",
                "Share", P1, P2, P3);
        assertThat(CLEANER.clean(dump).metadata().title()).isEqualTo("Harbour bridge closes to cars");
    }

    @Test
    void aHeadlineThatOpensTheBodyIsTheTitleWhenNothingAboveItIs() {
        // Only menus above; the headline is the first line of the run of prose, without a full stop.
        String dump = String.join("\n", "Skip to content", "Menu", "Search", "Harbour bridge closes to cars after decades of debate",
                P1, P2, P3, P4);
        CleanedArticle article = CLEANER.clean(dump);
        assertThat(article.metadata().title()).isEqualTo("Harbour bridge closes to cars after decades of debate");
        assertThat(article.blocks()).extracting(Block::text).containsExactly(P1, P2, P3, P4); // not a paragraph too
    }

    @Test
    void aSkipLinkOrMenuIsNeverTakenForTheTitle() {
        String dump = String.join("\n", "Skip to main content", "Home", "News", P1, P2, P3, P4);
        assertThat(CLEANER.clean(dump).metadata().title()).isNull();
    }

    @Test
    void aHeadlineEndingInAQuotedQuestionIsStillAHeadline() {
        String dump = String.join("\n", "Home", "News", "Mayor asks: 'Can the harbour bridge carry cars again?'", "Share",
                P1, P2, P3);
        assertThat(CLEANER.clean(dump).metadata().title()).isEqualTo("Mayor asks: 'Can the harbour bridge carry cars again?'");
    }

    @Test
    void theLanguageIsTheBodys() {
        String fr = "Le conseil municipal a voté mardi la fermeture du vieux pont du port aux voitures, mettant fin à un "
                + "débat qui divisait le quartier depuis plus de dix ans.";
        assertThat(CLEANER.clean(String.join("\n", fr, fr + " Les habitants sont inquiets.")).metadata().language())
                .isEqualTo("fr");
    }
}
