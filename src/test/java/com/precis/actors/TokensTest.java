package com.precis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static List<String> words(String text) {
        return Tokens.of(text).all().stream().map(Token::text).toList();
    }

    @Test
    void possessiveIsItsOwnToken() {
        assertThat(words("Nvidia’s chips")).containsExactly("Nvidia", "’s", "chips");
        assertThat(Tokens.of("Nvidia’s chips").get(1).kind()).isEqualTo(Token.Kind.POSSESSIVE);
    }

    @Test
    void contractionsAndIrishNamesStayWhole() {
        assertThat(words("don’t tell O'Brien")).containsExactly("don’t", "tell", "O'Brien");
    }

    @Test
    void initialismsKeepTheirDots() {
        assertThat(words("in the U.S. today")).containsExactly("in", "the", "U.S.", "today");
    }

    @Test
    void titlesAndInitialsKeepTheirDots() {
        assertThat(words("Sen. Mark Warner and Mortimer B. Zuckerman"))
                .containsExactly("Sen.", "Mark", "Warner", "and", "Mortimer", "B.", "Zuckerman");
    }

    @Test
    void softHyphenIsNoPartOfTheWord() {
        Tokens t = Tokens.of("Netan\u00ADyahu said");
        assertThat(t.get(0).text()).isEqualTo("Netanyahu");
        assertThat(t.get(0).end()).isEqualTo(10);
    }

    @Test
    void frenchElisionIsSplit() {
        assertThat(words("l’Élysée")).containsExactly("l’", "Élysée");
        assertThat(words("L’avis de la CNCTR")).containsExactly("L’", "avis", "de", "la", "CNCTR");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Howard Lutnick, the US Commerce Secretary.";
        for (Token t : Tokens.of(text).all()) {
            assertThat(text.substring(t.start(), t.end()).replace("\u00AD", "")).isEqualTo(t.text());
        }
    }
}
