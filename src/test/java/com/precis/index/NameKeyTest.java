package com.precis.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name keys on made-up names of the shapes articles write. */
class NameKeyTest {

    @Test
    void aTitleAnHonorificAndCaseDoNotSplitAPerson() {
        String key = NameKey.of("Halvard Brenner");
        assertThat(key).isEqualTo("halvard brenner");
        assertThat(NameKey.of("Trade Secretary Halvard Brenner")).isEqualTo(key);
        assertThat(NameKey.of("UK Trade Secretary Halvard Brenner")).isEqualTo(key);
        assertThat(NameKey.of("Deputy Finance Minister Halvard Brenner")).isEqualTo(key);
        assertThat(NameKey.of("Mr. Halvard Brenner")).isEqualTo(key);
        assertThat(NameKey.of("  HALVARD   brenner ")).isEqualTo(key);
    }

    @Test
    void aTitleIsKeptWhenItIsPartOfATwoWordName() {
        // "General" is a title word, but two words must remain after a title: these are names
        assertThat(NameKey.of("General Dynamo")).isEqualTo("general dynamo");
        assertThat(NameKey.of("President Brenner")).isEqualTo("president brenner");
    }

    @Test
    void accentsAndSpecialLettersFold() {
        assertThat(NameKey.of("Zoë Ångström")).isEqualTo(NameKey.of("zoe angstrom"));
        assertThat(NameKey.of("Łukasz Żółć")).isEqualTo("lukasz zolc");
        assertThat(NameKey.of("Großmann Æbelø")).isEqualTo("grossmann aebelo");
        assertThat(NameKey.of("ＮＶＩＤＡＸ")).isEqualTo("nvidax"); // full-width letters
    }

    @Test
    void apostrophesAndAbbreviationDotsVanishOtherPunctuationSeparates() {
        assertThat(NameKey.of("Ciarán O’Brannagh")).isEqualTo(NameKey.of("Ciaran O'Brannagh")).isEqualTo("ciaran obrannagh");
        assertThat(NameKey.of("U.S. Grain Board")).isEqualTo(NameKey.of("US Grain Board"));
        assertThat(NameKey.of("St.Kildare")).isEqualTo("st kildare");
        assertThat(NameKey.of("Brenner-Holt")).isEqualTo("brenner holt");
        assertThat(NameKey.of("\"Halvard Brenner\"")).isEqualTo("halvard brenner");
    }

    @Test
    void nothingToSearchIsAnEmptyKeyAndLongTextIsCapped() {
        assertThat(NameKey.of("   ")).isEmpty();
        assertThat(NameKey.of("😀🎉")).isEmpty();
        assertThat(NameKey.of("!?…")).isEmpty();
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of("word ".repeat(500))).hasSizeLessThanOrEqualTo(NameKey.MAX_CHARS);
        assertThat(NameKey.of("写字楼 北京")).isEqualTo("写字楼 北京"); // other scripts stay as written
    }

    @Test
    void anActorIsFoundUnderItsNameItsAliasesAndAPersonsFamilyName() {
        List<String> keys = NameKey.forms("Halvard Brenner", List.of("Brenner", "H. Brenner", "HALVARD BRENNER"), true)
                .stream().map(NameKey.Form::key).toList();
        assertThat(keys).containsExactly("halvard brenner", "brenner", "h brenner");
        assertThat(NameKey.forms("Marta Ilves Jr.", List.of(), true)).extracting(NameKey.Form::key)
                .containsExactly("marta ilves jr", "ilves");
        assertThat(NameKey.forms("Tallow Grain Company", List.of("TGC"), false)).extracting(NameKey.Form::text)
                .containsExactly("Tallow Grain Company", "TGC");
        assertThat(NameKey.forms("Brenner", List.of(), true)).hasSize(1);
    }
}
