package com.precis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorExtractorTest {

    private static final ActorExtractor EXTRACTOR = ActorExtractor.standard();

    private static List<Actor> actors(String... paragraphs) {
        return EXTRACTOR.extract(Texts.of(paragraphs)).actors();
    }

    private static Optional<Actor> named(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name) || a.aliases().contains(name)).findFirst();
    }

    private static Actor actor(List<Actor> actors, String name) {
        return named(actors, name).orElseThrow(() -> new AssertionError(name + " not among " + actors));
    }

    @Test
    void titleBeforeANameIsARole() {
        List<Actor> a = actors("The deal was announced by Commerce Secretary Howard Lutnick on Monday.");
        Actor lutnick = actor(a, "Howard Lutnick");
        assertThat(lutnick.type()).isEqualTo(ActorType.PERSON);
        assertThat(lutnick.roles()).containsExactly("Commerce Secretary");
    }

    @Test
    void appositiveRoleIsKeptWithCountryInShortForm() {
        List<Actor> a = actors("Officials reacted to remarks by Howard Lutnick, the United States Commerce Secretary.");
        assertThat(actor(a, "Howard Lutnick").roles()).containsExactly("US Commerce Secretary");
    }

    @Test
    void surnameAndHonorificJoinTheFullName() {
        List<Actor> a = actors("Talks with Maria Gonzalez went well.", "Later Gonzalez said more. Ms. Gonzalez left.");
        Actor maria = actor(a, "Maria Gonzalez");
        assertThat(maria.aliases()).contains("Gonzalez");
        assertThat(a.stream().filter(x -> x.name().contains("Gonzalez"))).hasSize(1);
        assertThat(maria.mentions()).isEqualTo(3);
    }

    @Test
    void acronymJoinsItsExpansion() {
        List<Actor> a = actors("The Zorbian Export Licensing Board issued new rules.", "The ZELB said the rules apply now.");
        Actor board = actor(a, "Zorbian Export Licensing Board");
        assertThat(board.aliases()).contains("ZELB");
        assertThat(board.type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void capitalActingAsTheStateIsItsCountrysGovernment() {
        List<Actor> a = actors("Beijing has moved to curb the sale of the chips.", "Demand in China is strong.");
        Actor china = actor(a, "China");
        assertThat(china.type()).isEqualTo(ActorType.GOVERNMENT);
        assertThat(china.aliases()).contains("Beijing");
        assertThat(a.stream().filter(x -> x.name().equals("Beijing"))).isEmpty();
    }

    @Test
    void capitalUsedAsAPlaceStaysAPlace() {
        List<Actor> a = actors("The summit took place in Paris last week.");
        assertThat(actor(a, "Paris").type()).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void countryAsAPlaceIsALocation() {
        assertThat(actor(actors("Sales in Brazil rose."), "Brazil").type()).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void sentenceInitialCommonWordsAreNoActors() {
        List<Actor> a = actors("Regulators have asked for more. Despite that, Hence nothing changed.",
                "Following the talks, regulators met.");
        assertThat(a).isEmpty();
    }

    @Test
    void organisationSuffixAndGovernmentKeywordType() {
        List<Actor> a = actors("A deal between Quorvex Holdings and the Ministry of Maritime Affairs was signed.");
        assertThat(actor(a, "Quorvex Holdings").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(a, "Ministry of Maritime Affairs").type()).isEqualTo(ActorType.GOVERNMENT);
    }

    @Test
    void lowerCaseStateBodyOfACountryIsAGovernmentActor() {
        List<Actor> a = actors("The foreign ministry of China stated its position.");
        Actor ministry = actor(a, "China's foreign ministry");
        assertThat(ministry.type()).isEqualTo(ActorType.GOVERNMENT);
    }

    @Test
    void demonymGovernmentIsTheCountry() {
        List<Actor> a = actors("The French government said no.");
        assertThat(actor(a, "France").type()).isEqualTo(ActorType.GOVERNMENT);
    }

    @Test
    void productsAreNoActors() {
        List<Actor> a = actors("Firms wait for a Blackwell chip while the H20 chip sells.",
                "Nvidia said the Nvidia Blackwell chips are better.");
        assertThat(named(a, "Blackwell")).isEmpty();
        assertThat(named(a, "H20")).isEmpty();
        assertThat(actor(a, "Nvidia").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aCompanysProductIsNoActor() {
        assertThat(named(actors("We tried Sony’s Zentrix VR headset and Sony said it sells."), "Zentrix VR")).isEmpty();
    }

    @Test
    void lawsAndEventsAreNoActors() {
        assertThat(actors("The Data Retention Bill passed.", "He watched the Quorvian Cup.")).isEmpty();
    }

    @Test
    void nationalitiesAndHyphenatedAdjectivesAreNoActors() {
        assertThat(actors("Chinese customers liked the Israeli-Palestinian talks and the African-American vote.")).isEmpty();
    }

    @Test
    void basedAndLedModifiersNameTheirOwnActor() {
        List<Actor> a = actors("The Seattle-based International Pacific Halibut Commission joined the U.S.-led effort.");
        assertThat(actor(a, "International Pacific Halibut Commission").type()).isEqualTo(ActorType.GOVERNMENT);
        assertThat(actor(a, "Seattle").type()).isEqualTo(ActorType.LOCATION);
        assertThat(actor(a, "United States")).isNotNull();
    }

    @Test
    void possessiveInsideANameBeforeAKeyword() {
        assertThat(actor(actors("They shop at Sam’s Club every week."), "Sam’s Club").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void wordsAroundALoneNameTellItsType() {
        List<Actor> a = actors("The Russian space agency Zorkosmos said the launch failed.",
                "The coach Tito said the team played well.", "The Tuvan region of Kyzylia was hit.");
        assertThat(actor(a, "Zorkosmos").type()).isIn(ActorType.ORGANIZATION, ActorType.GOVERNMENT);
        assertThat(actor(a, "Tito").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void knownNamesWithLowerCaseWordsAreFoundWhole() {
        List<Actor> a = actors("Le texte a été transmis au Conseil constitutionnel mardi.");
        assertThat(actor(a, "Conseil constitutionnel").type()).isEqualTo(ActorType.GOVERNMENT);
    }

    @Test
    void aLoneWordListedWithAKnownCompanyIsACompany() {
        List<Actor> a = actors("Testing continued at domestic makers, including Zorblat and Huawei.");
        assertThat(actor(a, "Zorblat").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aKnownFamilyNameAloneIsAPerson() {
        List<Actor> a = actors("Following Huang’s warm welcome, buyers came back.");
        assertThat(actor(a, "Huang").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void twoUnknownCapitalisedWordsNeedEvidenceToBeAPerson() {
        assertThat(named(actors("The best game is Rez Infinite for sure."), "Rez Infinite")).isEmpty();
        Actor bassi = actor(actors("On Monday, Wade Bassi said the catch was good."), "Wade Bassi");
        assertThat(bassi.type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void whichMakesAnOrganisation() {
        List<Actor> a = actors("Customers of Quarn Edison, which maintains the cables, complained.");
        assertThat(actor(a, "Quarn Edison").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aBodyWordAfterANameMakesTheBody() {
        List<Actor> a = actors("Officers from the West Mercia police arrived.");
        assertThat(actor(a, "West Mercia police").type()).isEqualTo(ActorType.GOVERNMENT);
    }

    @Test
    void joinersBelongToOrganisationNamesOnly() {
        List<Actor> a = actors("The Center on Poverty and Inequality wrote to Apple and Google.");
        assertThat(actor(a, "Center on Poverty and Inequality").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(a, "Apple")).isNotNull();
        assertThat(actor(a, "Google")).isNotNull();
    }

    @Test
    void headlineCapitalsAreStripped() {
        List<Actor> a = actors("AS Opposition Leader Bill Shorten spoke, Shorten said.");
        Actor shorten = actor(a, "Bill Shorten");
        assertThat(shorten.roles()).containsExactly("Opposition Leader");
    }

    @Test
    void idsFollowTheOrderOfFirstMention() {
        List<Actor> a = actors("Apple and Microsoft met in Tokyo.");
        assertThat(a).extracting(Actor::id).containsExactly("a1", "a2", "a3");
        assertThat(a).extracting(Actor::name).containsExactly("Apple", "Microsoft", "Tokyo");
    }

    @Test
    void countriesInOtherLanguagesAreKnown() {
        assertThat(actor(actors("Los soldados llegaron a Nueva Zelanda."), "New Zealand").type()).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void aPlaceBeforeAnUnknownWordNamesAnOrganisation() {
        List<Actor> a = actors("Data went to Cambridge Zorlytica and to the Yahoo Japan unit.");
        assertThat(actor(a, "Cambridge Zorlytica").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(a, "Yahoo Japan").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aShorterOrganisationNameJoinsTheLongerOne() {
        List<Actor> a = actors("The Quorvian Department of Conservation counted the whales.",
                "Later the Department of Conservation said more.");
        Actor d = actor(a, "Quorvian Department of Conservation");
        assertThat(d.aliases()).contains("Department of Conservation");
        assertThat(d.mentions()).isEqualTo(2);
    }

    @Test
    void aPersonNamedOnlyAsAModifierIsNoActor() {
        List<Actor> a = actors("The Obama administration proposed a stimulus.");
        assertThat(actor(a, "Obama administration").type()).isEqualTo(ActorType.GOVERNMENT);
        assertThat(a).noneMatch(x -> x.type() == ActorType.PERSON);
    }

    @Test
    void anOrganisationsPossessiveDoesNotJoinTheNextName() {
        List<Actor> a = actors("The report by Stanford University’s Center on Poverty and Inequality came out.");
        assertThat(actor(a, "Stanford University")).isNotNull();
        assertThat(actor(a, "Center on Poverty and Inequality")).isNotNull();
    }

    @Test
    void forAInsideAnOrganisationName() {
        assertThat(actor(actors("The Committee for a Responsible Federal Budget warned again."),
                "Committee for a Responsible Federal Budget").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aPlaceWordLastMakesAPlace() {
        assertThat(actor(actors("Crowds filled Times Square again."), "Times Square").type()).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void aGivenNameThatIsAlsoAPlaceStartsAPersonBeforeASurname() {
        List<Actor> a = actors("The painter Georgia O’Keefe lived there; Mr. Warner, the Virginia Democrat, agreed.");
        assertThat(actor(a, "Georgia O’Keefe").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor(a, "Virginia").type()).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void anAcronymBeforeAPersonIsItsParty() {
        List<Actor> a = actors("La députée UMP Marie de la Fontaine a voté contre.");
        assertThat(actor(a, "Marie de la Fontaine").type()).isEqualTo(ActorType.PERSON);
        assertThat(named(a, "UMP Marie de la Fontaine")).isEmpty();
    }

    @Test
    void twoOrganisationsJoinedByAndStayTwo() {
        List<Actor> a = actors("Visit the Museum of Neon Art and the Neon Museum soon.");
        assertThat(actor(a, "Museum of Neon Art")).isNotNull();
        assertThat(actor(a, "Neon Museum")).isNotNull();
    }

    @Test
    void aNameBeforePartyIsTheParty() {
        List<Actor> a = actors("Voters elected a government led by the Zennahda party in 2011.");
        assertThat(actor(a, "Zennahda").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(a).hasSize(1);
    }

    @Test
    void aMagazineAfterAPlaceIsTheMagazine() {
        List<Actor> a = actors("The story ran in New York magazine on Monday.");
        assertThat(actor(a, "New York magazine").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(named(a, "New York")).isEmpty();
    }

    @Test
    void anInnerCapitalMakesABrand() {
        assertThat(actor(actors("The interview went out on SporTrix last night."), "SporTrix").type())
                .isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aDirectionBeforeAKnownPlaceNamesARegion() {
        assertThat(actor(actors("Pipes burst in Lower Manhattan again."), "Lower Manhattan").type()).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void arabicArticleNamesStayWholeAndJoinTheirSurname() {
        List<Actor> a = actors("Sanctions hit Sudan’s president, Omar Hassan al-Bashir, last year.", "Mr. Bashir denied it.");
        Actor bashir = actor(a, "Omar Hassan al-Bashir");
        assertThat(bashir.type()).isEqualTo(ActorType.PERSON);
        assertThat(bashir.aliases()).contains("Bashir");
    }

    @Test
    void timeZonesAreNoActors() {
        assertThat(actors("It was stolen at 7:11 AM PT on Monday.")).isEmpty();
    }

    @Test
    void aCommaBeforeALegalSuffixStaysInTheName() {
        assertThat(actor(actors("Decks came from U.S. Games Systems, Inc. in Stamford."), "U.S. Games Systems, Inc.").type())
                .isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aShopsNameEndsInItsPossessive() {
        List<Actor> a = actors("The deck sold at Quorbie’s in 1910, and Nvidia’s chips sold too.");
        assertThat(actor(a, "Quorbie’s").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(named(a, "Nvidia’s")).isEmpty();
    }

    @Test
    void aNameAloneBetweenQuotationMarksIsATitle() {
        assertThat(actors("Nintendo released “Super Mario Run” last year.")).extracting(Actor::name).containsExactly("Nintendo");
    }

    @Test
    void aLoneGivenNameNeedsEvidence() {
        assertThat(named(actors("Her now-famous Oscar dress was stolen."), "Oscar")).isEmpty();
        assertThat(actor(actors("Later Oscar said he had seen nothing."), "Oscar").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aLoneNameInsideAFullNameJoinsIt() {
        List<Actor> a = actors("Luiz Inácio Lula da Silva won.", "Then Lula thanked the voters.");
        assertThat(actor(a, "Luiz Inácio Lula da Silva").aliases()).contains("Lula");
    }

    @Test
    void aSurnameJoinsTheNearestEarlierPersonAmongManyPeople() {
        // Two Gonzalezes, and many other people named between them: the lone "Gonzalez" is the one
        // named last before it, found through the surname index rather than by scanning everyone.
        String[] givens = {"Anna", "Peter", "Maria", "John", "Laura", "David", "Sarah", "Michael"};
        String[] families = {"Berg", "Lund", "Novak", "Fischer", "Moreau", "Costa", "Kowalski", "Jensen"};
        StringBuilder crowd = new StringBuilder();
        for (String g : givens) {
            for (String f : families) {
                crowd.append(g).append(' ').append(f).append(" said the vote was close. ");
            }
        }
        List<Actor> a = actors("Maria Gonzalez opened the meeting.", crowd.toString(),
                "Pedro Gonzalez spoke next.", "Later Gonzalez said he would vote against it.");
        assertThat(actor(a, "Pedro Gonzalez").aliases()).contains("Gonzalez");
        assertThat(actor(a, "Maria Gonzalez").aliases()).doesNotContain("Gonzalez");
        assertThat(actor(a, "Anna Berg").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aLongRunOfCapitalisedWordsMakesNoLongName() {
        // Twenty capitalised words in a row, each of which could end an organisation's name: no name
        // is that long, and the run is cut at MAX_NAME_RUN (16) tokens before it is split into names.
        List<Actor> a = actors("The Harbour Development Fishing Trade Union Council Board Commission Authority Agency Bank"
                + " Group Association Institute Foundation Federation Ministry Office Bureau Service said no.");
        assertThat(a).isNotEmpty();
        for (Actor actor : a) {
            assertThat(actor.name().split(" ").length).isLessThanOrEqualTo(16);
        }
    }

    @Test
    void aNameAfterAKinWordIsAPerson() {
        // "his wife Grace", "his first wife, Sally,": kin after a possessive name a person, even by a
        // given name alone (which needs evidence on its own).
        List<Actor> a = actors("President Tomas Varga, his wife Grace and two aides left the palace.",
                "They met in 1990, when his first wife, Sally, was ill.");
        assertThat(actor(a, "Grace").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor(a, "Sally").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aKinWordWithoutAPossessiveIsNoEvidence() {
        // "Mother Nature" has no possessive before the kin word: nothing says Nature is a person.
        assertThat(named(actors("The storm showed that Mother Nature rules the coast."), "Nature")).isEmpty();
    }

    @Test
    void religiousTitlesNameAPerson() {
        List<Actor> a = actors("The priest, Fidelis Okonkwo, is acting as a go-between.",
                "The film was about the prophet Zoroaster and his teachings.");
        assertThat(actor(a, "Fidelis Okonkwo").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor(a, "Zoroaster").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aNameOnlyEverAfterAnArticleIsNoPerson() {
        // People are named without "a" or "the"; products are not: "a hit on the Zentra Vox".
        // A given name first would otherwise make "Oliver Vox" a person.
        List<Actor> a = actors("Already a hit on the Oliver Vox, the game now comes to phones.",
                "Fans can still buy the Oliver Vox at most stores.");
        assertThat(a.stream().filter(x -> x.type() == ActorType.PERSON)).isEmpty();
    }

    @Test
    void aScottishOrIrishFamilyNameMakesAPerson() {
        List<Actor> a = actors("The boat is co-owned with Dervil McAlister.");
        assertThat(actor(a, "Dervil McAlister").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void cityHallIsAGovernment() {
        List<Actor> a = actors("The company’s choice – us, or City Hall – frames the debate.");
        assertThat(actor(a, "City Hall").type()).isEqualTo(ActorType.GOVERNMENT);
    }

    @Test
    void aTwoWordNameJoinsTheOnlyLongerNameItStarts() {
        // "Te Awhina" later in the article is "Te Awhina Hemi Walker", the only name that goes on from it.
        List<Actor> a = actors("His son, Te Awhina Hemi Walker, was called in to help.",
                "“It is a modern thing,” says Te Awhina.");
        Actor son = actor(a, "Te Awhina Hemi Walker");
        assertThat(son.aliases()).contains("Te Awhina");
        assertThat(a.stream().filter(x -> x.name().startsWith("Te Awhina"))).hasSize(1);
    }

    @Test
    void aNameQuotedWithACommaInsideTheMarksIsATitle() {
        // American style puts the comma inside the marks: “Zappo Dash Run,” is still a quoted title.
        List<Actor> a = actors("Nintendo shocked fans by announcing \"Lucas Dash Run,\" its first phone game.");
        assertThat(a.stream().filter(x -> x.name().contains("Dash"))).isEmpty();
    }

    @Test
    void aFamilyNameThatIsAlsoACommonWordStillStartsAKoreanName() {
        // "Han" is a common word in Spanish and Swedish, but a family name before a hyphenated
        // given name of two short syllables is a Korean name, at a sentence start or inside one.
        List<Actor> a = actors("Han Seung-woo, the leader of the party, urged the mayor to resign.",
                "Reporters said Han Seung-woo had left.");
        assertThat(actor(a, "Han Seung-woo").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aRoleWordRightAfterTheCommaMakesAPerson() {
        // "Pouria Vahidi, député socialiste": the role may follow the comma without an article.
        List<Actor> a = actors("The bill was opposed by Dorvan Kessit, president of the fishermen’s union.");
        assertThat(actor(a, "Dorvan Kessit").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aWordAfterAWorkNounIsATitle() {
        // "the board game Simon": a given name alone would need evidence, and a work noun says it is a title.
        List<Actor> a = actors("What would happen if the board game Simon met a noise band in VR?");
        assertThat(named(a, "Simon")).isEmpty();
    }

    @Test
    void aCapitalisedArticleCountsAsAnArticleToo() {
        // "The Hermetic Order" at a sentence start: two unknown words after "The" are no person, even
        // with a reporting verb after them.
        List<Actor> a = actors("The Hermetic Order said nothing.", "She joined the Hermetic Order in 1901.");
        assertThat(a.stream().filter(x -> x.type() == ActorType.PERSON)).isEmpty();
    }

    @Test
    void aKnownSurnameAfterACountIsPartOfTheThingCounted() {
        // "21 Trump cards" are playing cards: no Donald Trump in this text.
        List<Actor> a = actors("Each deck has 56 cards in four suits plus 21 Trump cards known as the Major Arcana.");
        assertThat(a.stream().filter(x -> x.type() == ActorType.PERSON)).isEmpty();
    }

    @Test
    void aYearBeforeASurnameIsNoCount() {
        // "In 2017 Trump signed…": 2017 is a year, and Trump the person who signed.
        List<Actor> a = actors("In 2017 Trump signed the order without a ceremony.");
        assertThat(actor(a, "Trump").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aCountedPluralIsNoPerson() {
        // "three Zorbalites who…": a plural after a count names members of a group, not one person,
        // even with "who" after it.
        List<Actor> a = actors("The temple was founded by three Zorbalites who were also bankers.");
        assertThat(named(a, "Zorbalites")).isEmpty();
    }

    @Test
    void aCountedPluralThatModifiesANounIsNotDropped() {
        // "two Los-Angeles area hospitals": the count belongs to "hospitals", the place stays.
        List<Actor> a = actors("The outbreak sickened 11 people at two Los-Angeles area hospitals.");
        assertThat(a.stream().filter(x -> x.name().startsWith("Los"))).isNotEmpty();
    }

    @Test
    void aFamilyNameBeforeEnglishPluralsIsNoEastAsianName() {
        // "Rice" is a family name, but "Krispies Treats" are no romanised given name: no syllable ends in s.
        List<Actor> a = actors("He went to buy the ingredients for Rice Krispies Treats at the market.");
        assertThat(a.stream().filter(x -> x.type() == ActorType.PERSON)).isEmpty();
        // "Yoon Suk Yeol" keeps the family-name-first shape.
        assertThat(actor(actors("The opposition met Yoon Suk Yeol on Monday."), "Yoon Suk Yeol").type())
                .isEqualTo(ActorType.PERSON);
    }

    @Test
    void aBodyNamedAfterItsRemitHasABoundedName() {
        // "ministère des Affaires…" takes the capitalised words after it as its remit, at most
        // MAX_NAME_RUN (16) of them: a page of capitals is no ministry's name.
        StringBuilder s = new StringBuilder("Le ministère des");
        for (int i = 0; i < 30; i++) {
            s.append(i % 2 == 0 ? " Zorva" : " Kelm");
        }
        s.append(" a refusé.");
        for (Actor actor : actors(s.toString())) {
            assertThat(actor.name().split(" ").length).isLessThanOrEqualTo(2 + 16 + 1);
        }
    }

    @Test
    void messyInputDoesNotThrow() {
        assertThat(actors("“", "’s", "U.S.-", "A. B. C.", "Mr.", "of the and", "\u00AD")).isNotNull();
    }

    @Test
    void aPartyAndStateTagIsNobody() {
        // "R-Texas" and "D-Calif." say a politician's party and state; they are not people.
        List<Actor> a = actors("“It is outrageous,” said Sen. Daniel Moreau, R-Texas, on Monday.",
                "Rep. Olga Brandt, D-Calif., disagreed.");
        assertThat(named(a, "R-Texas")).isEmpty();
        assertThat(named(a, "D-Calif")).isEmpty();
        assertThat(named(a, "D-Calif.")).isEmpty();
        assertThat(actor(a, "Daniel Moreau").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor(a, "Olga Brandt").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aGivenNameAfterATitleStillTellsTheGender() {
        // "Senate leader Daniel Moreau": the title makes the span a person, and "Daniel" makes him a man.
        ActorSet set = EXTRACTOR.extract(Texts.of("Senate leader Daniel Moreau spoke on Monday."));
        ActorRef moreau = set.nearestBefore(Integer.MAX_VALUE, 0, x -> set.name(x).equals("Daniel Moreau"));
        assertThat(moreau).isNotNull();
        assertThat(set.gender(moreau)).isEqualTo(Gender.MALE);
    }

    @Test
    void anAcronymSpelledOutInLowerCaseIsATerm() {
        // "consumer price index (CPI)" and "QBR (quarterly borrowing report)" spell out things, not bodies;
        // the later bare "CPI" is the same term. "Zorbian Export Licensing Board (ZELB)" is capitalised: a body.
        List<Actor> a = actors("The consumer price index (CPI) rose 3%, the Zorbian Export Licensing Board (ZELB) said.",
                "The CPI figure surprised traders. Its QBR (quarterly borrowing report) is due on Friday.");
        assertThat(named(a, "CPI")).isEmpty();
        assertThat(named(a, "QBR")).isEmpty();
        assertThat(actor(a, "ZELB").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void anAcronymSpelledOutAsALawIsNoActor() {
        // "Zorbian Care Act (ZCA)": the acronym of a law, which is not an actor, also when it stands alone.
        List<Actor> a = actors("Lawmakers debated the Zorbian Care Act (ZCA) on Monday.", "Critics say the ZCA costs too much.");
        assertThat(named(a, "ZCA")).isEmpty();
    }

    @Test
    void anAcronymWithAModelNumberOrARomanNumeralIsNoActor() {
        // "a QTX 1080 card" names a product model; "the XX century" and "Part XIV" are numerals.
        List<Actor> a = actors("The PC has a QTX 1080 card.", "It happened in the XX century, as Part XIV says.");
        assertThat(named(a, "QTX")).isEmpty();
        assertThat(named(a, "XX")).isEmpty();
        assertThat(named(a, "XIV")).isEmpty();
    }

    @Test
    void aLoneNameBeforeSharesOrAfterPartneredWithIsACompany() {
        // Only companies have shares and partners in a deal: "Zorvex shares", "partnered with Kelmora".
        List<Actor> a = actors("Zorvex shares fell 4% on Tuesday.", "The carmaker has partnered with Kelmora to build batteries.");
        assertThat(actor(a, "Zorvex").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(a, "Kelmora").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void theFedIsTheFederalReserve() {
        // Wire news calls the US central bank "the Fed" after its first mention.
        List<Actor> a = actors("The Fed held rates steady on Wednesday.");
        Actor fed = actor(a, "Federal Reserve");
        assertThat(fed.aliases()).contains("Fed");
        assertThat(fed.type()).isEqualTo(ActorType.GOVERNMENT);
    }

    @Test
    void thePlanetAndWellKnownProductsAreNoActors() {
        // "Earth's atmosphere" and "Sony's PlayStation", "Novo Nordisk's Wegovy": a planet and products.
        List<Actor> a = actors("The probe studied Earth’s atmosphere.",
                "Sales of the Xbox and of Wegovy rose, Novo Nordisk said.");
        assertThat(named(a, "Earth")).isEmpty();
        assertThat(named(a, "Xbox")).isEmpty();
        assertThat(named(a, "Wegovy")).isEmpty();
        assertThat(actor(a, "Novo Nordisk").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aStockCodeIsNoActor() {
        // Wire copy gives a company's stock code with its exchange: "(ZRVX.O)" is a listing of Zorvex Corp.
        List<Actor> a = actors("Zorvex Corp (ZRVX.O) said profits rose.");
        assertThat(named(a, "ZRVX")).isEmpty();
        assertThat(actor(a, "Zorvex Corp").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aCompassPointBeforeAnUnknownNameMakesAPlace() {
        // "North Zorvia" and "South Kelmora" are not people: a compass point opens a region's name.
        List<Actor> a = actors("Fighting spread from North Zorvia to South Kelmora on Monday, East Asian diplomats said.");
        assertThat(actor(a, "North Zorvia").type()).isEqualTo(ActorType.LOCATION);
        assertThat(actor(a, "South Kelmora").type()).isEqualTo(ActorType.LOCATION);
        assertThat(named(a, "East Asian")).isEmpty();
    }

    @Test
    void aCountryBeforeAKnownBodyIsTheCountryAndTheBody() {
        // "U.S. Securities and Exchange Commission" is the SEC of the United States: two actors, and the
        // "and" inside the body's name does not split it into "U.S. Securities" and "Exchange Commission".
        List<Actor> a = actors("The U.S. Securities and Exchange Commission sued the fund.",
                "The U.S. Food and Drug Administration approved the drug.");
        assertThat(actor(a, "Securities and Exchange Commission").type()).isEqualTo(ActorType.GOVERNMENT);
        assertThat(actor(a, "Food and Drug Administration").type()).isEqualTo(ActorType.GOVERNMENT);
        assertThat(named(a, "U.S. Securities")).isEmpty();
        assertThat(named(a, "Exchange Commission")).isEmpty();
        assertThat(named(a, "United States")).isPresent();
    }

    @Test
    void anUnknownNameWithANumberIsNoActorButABodyIs() {
        // "Zorvex 7" is a spacecraft (a name and its number: a model, a mission), though it "has landed";
        // "General Assembly 18 months ago" is the body, the number starting the next phrase.
        List<Actor> a = actors("The crew of Zorvex 7 has landed. Zorvex 7 was launched in May, and Zorvex 7 carried three people.",
                "He told the Kelmoran General Assembly 18 months ago that he would act.");
        assertThat(named(a, "Zorvex")).isEmpty();
        assertThat(named(a, "Kelmoran General Assembly")).isPresent();
    }

    @Test
    void alphabetAndGoogleAreTwoCompanies() {
        // "Alphabet's Google": the parent and its unit are two organisations, not one name and its alias.
        List<Actor> a = actors("Alphabet's Google said on Monday it would cut jobs.");
        assertThat(actor(a, "Alphabet").name()).isEqualTo("Alphabet");
        assertThat(actor(a, "Google").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aTradeNounBeforeALoneNameMakesItACompany() {
        // "oil producer Zorvneftegas" names a company by its trade; "Investment companies" after a word
        // is a common phrase, and "Investment" (seen in lower case) no company.
        List<Actor> a = actors("Sanctions hit Russian oil producer Zorvneftegas on Friday.",
                "It holds securities for investment. Investment companies are regulated.");
        assertThat(actor(a, "Zorvneftegas").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(named(a, "Investment")).isEmpty();
    }

    @Test
    void aHeadlineNamesOnlyWordsTheArticleCapitalisesInside() {
        // In a title-case headline every word is capitalised: only "Zorvex" (capitalised in the body too)
        // and the known "China" are names there, not "Shares Slide After Export Curbs Hit".
        List<Actor> a = actors("Zorvex Shares Slide After Export Curbs Hit China Sales",
                "Zorvex shares fell on Monday after the curbs.");
        assertThat(actor(a, "Zorvex").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(named(a, "China")).isPresent();
        assertThat(a.stream().filter(x -> x.name().contains("Slide"))).isEmpty();
    }

    @Test
    void aShortSentenceFullOfNamesIsNoHeadline() {
        // It ends with a full stop, so its capitals are names: "Kelmoran Cooperation Council" is whole.
        List<Actor> a = actors("The Kelmoran Cooperation Council met in Riyadh.");
        assertThat(named(a, "Kelmoran Cooperation Council")).isPresent();
    }

    @Test
    void aDatelineInCapitalsIsTheCity() {
        // "NEW YORK, June 3 (Reuters)": the capitals spell New York; "NEW" is no word to strip.
        List<Actor> a = actors("NEW YORK, June 3 (Reuters) - Stocks fell on Tuesday.");
        assertThat(actor(a, "New York").type()).isEqualTo(ActorType.LOCATION);
        assertThat(named(a, "YORK")).isEmpty();
    }

    @Test
    void aModifierAfterAnAndStartsANewName() {
        // "Barclays and Paris-listed TotalEnergies": Barclays, Paris (where the other is listed), TotalEnergies.
        List<Actor> a = actors("London-based Barclays and Paris-listed TotalEnergies SE fell on Monday.");
        assertThat(actor(a, "Barclays").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(a, "Paris").type()).isEqualTo(ActorType.LOCATION);
        assertThat(named(a, "Barclays and Paris")).isEmpty();
    }

    @Test
    void twoKnownNamesJoinedByAndAreTwo() {
        // "Amnesty International and Human Rights Watch" are two organisations the gazetteer knows.
        List<Actor> a = actors("Amnesty International and Human Rights Watch criticised the move.");
        assertThat(named(a, "Amnesty International")).isPresent();
        assertThat(named(a, "Human Rights Watch")).isPresent();
    }

    @Test
    void aCountryThatBeatsAnotherIsItsTeam() {
        // "England beat Australia": England plays as a national side (a body, not a place).
        List<Actor> a = actors("England beat Australia by five wickets on Sunday.");
        assertThat(actor(a, "England").type()).isNotEqualTo(ActorType.LOCATION);
    }

    @Test
    void anAnalystFirmsNameEndsInItsTrade() {
        // "Kelmo Economics" and "Zorvex Research" are firms (wire news quotes their analysts), not people.
        List<Actor> a = actors("Analysts at Kelmo Economics said demand fell.", "Zorvex Research expects a rebound.");
        assertThat(actor(a, "Kelmo Economics").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(a, "Zorvex Research").type()).isEqualTo(ActorType.ORGANIZATION);
    }
}
