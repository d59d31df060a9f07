package com.precis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.actors.ActorExtractor;
import com.precis.actors.ActorSet;
import com.precis.actors.Texts;
import com.precis.document.Actor;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.text.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static final ActorExtractor ACTORS = ActorExtractor.standard();
    private static final QuoteExtractor QUOTES = QuoteExtractor.standard();

    private record Result(List<Quote> quotes, List<Actor> actors, String text) {
    }

    private static Result run(String... paragraphs) {
        ArticleText text = Texts.of(paragraphs);
        ActorSet set = ACTORS.extract(text);
        List<Quote> quotes = QUOTES.extract(text, set);
        return new Result(quotes, set.finish(quotes), text.text());
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void speakerAfterTheQuote() {
        Result r = run("“We will not sell them our best chips at all,” Lutnick told CNBC in July.");
        assertThat(r.quotes()).hasSize(1);
        Quote q = r.quotes().get(0);
        assertThat(speaker(q)).isEqualTo("Lutnick");
        assertThat(q.cue()).isEqualTo("told");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker().actorId()).isNotNull();
    }

    @Test
    void invertedCueWithAnUnnamedSource() {
        Result r = run("“The speech gives the coalition one more reason to act,” said a person close to the policymakers.");
        Quote q = r.quotes().get(0);
        assertThat(speaker(q)).isEqualTo("a person close to the policymakers");
        assertThat(q.anonymous()).isTrue();
        assertThat(q.speaker().actorId()).isNull();
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void organisationBeforeTheQuoteSpanningTwoSentences() {
        Result r = run("Talks went on.", "The foreign ministry of China stated, “Trade issues should not be politicised. "
                + "Containment will not hold back development.”");
        Quote q = r.quotes().get(0);
        assertThat(q.text()).isEqualTo("Trade issues should not be politicised. Containment will not hold back development.");
        assertThat(speaker(q)).isEqualTo("China's foreign ministry");
        assertThat(q.cue()).isEqualTo("stated");
        assertThat(q.sentenceIndex()).isEqualTo(1);
        assertThat(r.text()).contains(q.text());
    }

    @Test
    void accordingTo() {
        Result r = run("According to Maria Gonzalez, “the numbers simply do not add up this year.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Maria Gonzalez");
        assertThat(r.quotes().get(0).cue()).isEqualTo("According to");
    }

    @Test
    void splitQuoteHasOneSpeakerForBothHalves() {
        Result r = run("“This is the first half of it,” Maria Gonzalez said, “and this is the second half.”");
        assertThat(r.quotes()).extracting(QuoteExtractorTest::speaker).containsExactly("Maria Gonzalez", "Maria Gonzalez");
    }

    @Test
    void pronounResolvesToTheNearestPersonOfItsGender() {
        Result r = run("John Carter met Mary Lopez on Monday.", "“We agreed on nothing at all today,” she said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Mary Lopez");
        Result r2 = run("Mary Lopez met John Carter on Monday.", "“We agreed on nothing at all today,” he said.");
        assertThat(speaker(r2.quotes().get(0))).isEqualTo("John Carter");
    }

    @Test
    void titleResolvesToTheNearestActorOfThatKind() {
        Result r = run("Quorvex Holdings reported a loss.", "“We expect a better year ahead of us,” the company said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Quorvex Holdings");
    }

    @Test
    void quotedTermsAreNoQuotes() {
        Result r = run("The agency issued informal “window guidance” to platforms.",
                "Sources told reporters that attitudes shift, specifically, for “inference,” the stage when systems answer.",
                "The so-called “smart money” left. He read “The Art of the Deal” again.");
        assertThat(r.quotes()).isEmpty();
    }

    @Test
    void attributedShortWordsArePartial() {
        Result r = run("Two people said some leaders viewed the remarks as “insulting”, prompting action.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(r.quotes().get(0).text()).isEqualTo("insulting");
    }

    @Test
    void wordsEmbeddedInTheWritersSentenceArePartial() {
        Result r = run("Mr Obama said it was “a cause of deep frustration for him” in the interview.");
        assertThat(r.quotes().get(0).kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Obama");
    }

    @Test
    void aShortQuoteTiedToItsSpeakerIsDirect() {
        Result r = run("“Absolutely not,” Maria Gonzalez said.");
        assertThat(r.quotes().get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aCueInsideAQuoteIsNotAnAttribution() {
        Result r = run("“They were calling out to each other all night,” says Jamie Werner. “It was a shock to all of us.”");
        assertThat(r.quotes()).extracting(QuoteExtractorTest::speaker).containsExactly("Jamie Werner", "Jamie Werner");
    }

    @Test
    void aParagraphContinuingALongQuoteKeepsItsSpeaker() {
        Result r = run("“This is the first part of what I have to say.", "“And this is the rest of it,” Maria Gonzalez said.",
                "Then Maria Gonzalez said she was done.", "“I am tired of all the talking now.”");
        assertThat(r.quotes()).hasSize(3);
        assertThat(r.quotes()).extracting(QuoteExtractorTest::speaker).containsOnly("Maria Gonzalez");
    }

    @Test
    void frenchInvertedCueAfterAnAuxiliary() {
        Result r = run("«Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Laurent Fabius");
    }

    @Test
    void participleCueTakesTheSubjectOfTheMainClause() {
        Result r = run("The party leader, Rachid Ghannouchi, condemned the attack, saying in a statement that it "
                + "“will not break our people’s will.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Rachid Ghannouchi");
    }

    @Test
    void appositiveOwnerIsTheSubject() {
        Result r = run("Senator Mark Warner spoke first.", "Mr. Warner, the Virginia Democrat, called the bill "
                + "“the worst piece of legislation we have passed in years.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Mark Warner");
    }

    @Test
    void inSomeonesWords() {
        Result r = run("In Dr. Shadlen's words, \"Could the moment of decision be tied to awareness of it?\"");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Shadlen");
    }

    @Test
    void everyNamedSpeakerIsAnActor() {
        Result r = run("“The harbour has changed a lot over the years,” said Wade Bassi, who fishes there.");
        Quote q = r.quotes().get(0);
        assertThat(q.speaker().actorId()).isNotNull();
        assertThat(r.actors()).anyMatch(a -> a.id().equals(q.speaker().actorId()) && a.name().equals("Wade Bassi"));
    }

    @Test
    void keyQuotesAreTheBestDirectOnes() {
        Result r = run("“This is a long and thoughtful quote about the future of the industry,” Maria Gonzalez said.",
                "Critics called it “a disaster in the making”.",
                "“Another considered remark on what happens to the market next year,” Maria Gonzalez added.");
        assertThat(r.quotes()).hasSize(3);
        assertThat(r.quotes().get(0).key()).isTrue();
        assertThat(r.quotes().get(2).key()).isTrue();
        assertThat(r.quotes().get(1).key()).isFalse();
    }

    @Test
    void aCueWordUsedAsANounIsNoCue() {
        Result r = run("After Lutnick’s remarks, the agency issued informal “window guidance” to platforms.",
                "He walked from the boat to the fish counter: “It is a long way from the sea to the shop.”");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).cue()).isNull();
    }

    @Test
    void anArticleBeforeTheQuoteBelongsToIt() {
        Result r = run("John Mackey said in a memo that the “price distinction between the two brands is less relevant” "
                + "as prices fell, Yahoo Finance reported.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("John Mackey");
    }

    @Test
    void theSubjectOfACueAfterAnOpenQuoteIsTheCuesClause() {
        Result r = run("Martin Indyk spoke on Monday.", "“Now it is hard to see what could persuade them” to wait, Indyk said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Martin Indyk");
    }

    @Test
    void aPossessorIsNotTheNextHe() {
        Result r = run("Robert Lee said Mark Yoon’s declaration had caused chaos.",
                "“The democracy of this nation is being wrecked by an unruly power,” he said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Robert Lee");
    }

    @Test
    void aDocumentSpeaksForTheOrganisationThatIssuedIt() {
        Result r = run("A report by the Quorvian Policy Institute came out.", "As the report states: “The birth lottery matters more here than elsewhere.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Quorvian Policy Institute");
    }

    @Test
    void aColonHandsTheFloorToTheSubject() {
        Result r = run("Luis de Miranda evokes the notion in his introduction: “When we hear the word neon, an image pops up.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Luis de Miranda");
    }

    @Test
    void accordingToAfterTheQuote() {
        Result r = run("Reasons like “sickness, navigational error and extreme weather” contribute, according to the Quorvian "
                + "Department of Conservation.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Quorvian Department of Conservation");
    }

    @Test
    void thePersonNearestTheVerbSpeaks() {
        Result r = run("El politólogo Samuel Huntington la definía así y el jurista Carlos Nino llamó a la Argentina "
                + "“un país al margen de la ley”.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Carlos Nino");
    }

    @Test
    void aSpeakerNameTheActorStageMissedIsTypedByItsLook() {
        Result r = run("„Opět byl silný ve vzduchu a hrál skvěle,“ hodnotí londýnský večerník Evening Standard.");
        Quote q = r.quotes().get(0);
        assertThat(speaker(q)).isEqualTo("Evening Standard");
        assertThat(r.actors()).anyMatch(a -> a.name().equals("Evening Standard")
                && a.type() == com.precis.document.ActorType.ORGANIZATION);
    }

    @Test
    void messyInputDoesNotThrow() {
        assertThat(run("“", "”", "\"\"\"", "«»", "„", "‘’‘", "“a” “b", "said said said, “”").quotes()).isNotNull();
    }

    /** Sentences with no names in them, about {@code chars} long. */
    private static String filler(int chars) {
        StringBuilder s = new StringBuilder();
        while (s.length() < chars) {
            s.append("the weather stayed mild and the harbour was quiet all week. ");
        }
        return s.toString();
    }

    @Test
    void aTitleFindsThePersonWithThatRoleSomeParagraphsBack() {
        // "the minister" is Olga Brandt, named with that role a few thousand characters earlier.
        Result r = run("Olga Brandt, the finance minister, presented the budget.", filler(4_000),
                "“We will not raise taxes this year,” the minister said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Olga Brandt");
    }

    @Test
    void aTitleDoesNotReachBackOverTheWholeArticle() {
        // The only minister was named far more than ROLE_REACH characters before, with nobody in
        // between: the look-back is bounded (that keeps the stage linear), so nobody is credited.
        Result r = run("Olga Brandt, the finance minister, presented the budget.",
                filler(SpeakerResolver.ROLE_REACH + 2_000),
                "“We will not raise taxes this year,” the minister said.");
        assertThat(speaker(r.quotes().get(0))).isNull();
    }

    @Test
    void aCueIsLookedForWithinAThousandCharactersBeforeTheQuote() {
        // One run-on sentence: the cue "Olga Brandt said" stands more than MAX_BEFORE_CHARS (1,000)
        // before the quote, with no full stop between; the search back stops before reaching it.
        StringBuilder s = new StringBuilder("Olga Brandt said that");
        while (s.length() < 1_500) {
            s.append(" the harbour and the quay and the boats");
        }
        s.append(" “the plan will go ahead next spring”.");
        Result r = run(s.toString());
        assertThat(r.quotes()).hasSize(1);
        assertThat(speaker(r.quotes().get(0))).isNull();
        // Near the quote the same cue is found.
        Result near = run("Olga Brandt said that the harbour was busy and “the plan will go ahead next spring”.");
        assertThat(speaker(near.quotes().get(0))).isEqualTo("Olga Brandt");
    }

    @Test
    void aRelativeClauseBetweenSubjectAndCueDescribesTheSubject() {
        // The subject of "said" is "A senior official"; "who spoke on condition of anonymity" only
        // describes it, and the unnamed official is the source.
        Result r = run("Daniel Moreau presented the budget on Monday.",
                "A senior official, who spoke on condition of anonymity, said the talks were “at a very delicate stage now.”");
        Quote q = r.quotes().get(0);
        assertThat(speaker(q)).isEqualTo("a senior official");
        assertThat(q.anonymous()).isTrue();
    }

    @Test
    void anAppositiveAfterAnOpeningPhraseIsTheSubject() {
        // "Speaking to CNN" is not the subject of "said": the appositive "the senator" is, and it
        // names the senator introduced before.
        Result r = run("Senator Olga Brandt met the press on Monday.",
                "Speaking to CNN, the senator said: “We will not raise taxes this year.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Olga Brandt");
    }

    @Test
    void aPlaceBeforeATitleOnlyQualifiesIt() {
        // "the New York Democrat" is a person described by place and party: the one named before,
        // not New York.
        Result r = run("Olga Brandt met Daniel Moreau on Monday.",
                "In an interview with CNN, the New York Democrat said: “We will not raise taxes this year.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Daniel Moreau");
    }

    @Test
    void aQuotedTextWithNoAuthorSpeaksForItself() {
        // The words are the bill's and the indictment's; nobody named wrote them, and they are not an
        // unnamed person's either.
        Result r = run("Olga Brandt spoke on Monday.",
                "The bill says that states may “deploy the guard without federal approval at any time.”",
                "According to the indictment, Moreau accepted “gold bars and cash for his influence.”");
        assertThat(r.quotes()).extracting(QuoteExtractorTest::speaker).containsExactly("the bill", "the indictment");
        assertThat(r.quotes()).extracting(Quote::anonymous).containsExactly(false, false);
    }

    @Test
    void aRepeatedQuoteTakesTheSpeakerOfItsFirstAppearance() {
        // The company's announcement is shown again in a paragraph of its own, cut with an ellipsis,
        // after a reader's reply: the repeat is still the company's, not the reply's.
        Result r = run("Acme Logistics posted this announcement: “We are all concerned with events downtown. "
                        + "Fares have increased to bring more drivers online.”",
                "“Stop being so greedy with us,” one angry reply began.",
                "“We are all concerned with events downtown …”");
        assertThat(r.quotes()).extracting(QuoteExtractorTest::speaker)
                .containsExactly("Acme Logistics", "one angry reply", "Acme Logistics");
        assertThat(r.quotes().get(1).anonymous()).isTrue();
    }

    @Test
    void itIsTheOrganisationThatOpensTheSentenceBefore() {
        // "Nordic Foods Agency" is the subject; "Vexol Labs" is only the maker of the pills it warns of.
        Result r = run("The Nordic Foods Agency warned shoppers about pills made by Vexol Labs.",
                "“We advise the public not to take any of these tablets,” it said in a statement.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Nordic Foods Agency");
    }

    @Test
    void heIsTheSubjectOfTheSentenceBeforeRatherThanTheLastManNamed() {
        // Both are men; "he" continues the topic of the sentence before, Daniel Moreau, who met the other.
        Result r = run("Daniel Moreau met Peter Lindqvist at the ministry on Monday.",
                "“We made real progress on the budget today,” he said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Daniel Moreau");
    }

    @Test
    void aPartialQuoteWithItsOwnCueHandsTheFloorToTheNextParagraph() {
        // The paragraph after "…,” he said is a quote with no cue: the same man goes on.
        Result r = run("Daniel Moreau spoke at the port on Monday.",
                "Children growing up here \"will see the harbour very differently in twenty years,\" he said.",
                "\"There are going to be tensions along the way. But the next generation will manage.\"");
        assertThat(r.quotes()).extracting(QuoteExtractorTest::speaker).containsExactly("Daniel Moreau", "Daniel Moreau");
    }

    @Test
    void aPartyAndStateTagBetweenNameAndCueIsSkipped() {
        // "Speaker Olga Brandt, D-Calif., told reporters:" — the subject is the name before the tag.
        Result r = run("Daniel Moreau spoke first.",
                "Speaker Olga Brandt, D-Calif., told reporters: “We are not going to shut the government down.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Olga Brandt");
    }

    @Test
    void sheIsNotAManNamedAfterATitle() {
        // "Senate leader Daniel Moreau" is a man by his given name, so "she" is Olga Brandt.
        Result r = run("Olga Brandt met the press on Monday. Senate leader Daniel Moreau was not there.",
                "“That is simply not true,” she told reporters.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Olga Brandt");
    }

    @Test
    void theSenatorIsTheOneCalledSenBefore() {
        // "Sen." is the short form of "senator": the senator is Olga Brandt, not the man named last.
        Result r = run("Sen. Olga Brandt pressed the bank for answers.",
                "“He is wrong,” Moreau said of Peter Lindqvist.",
                "The senator added: “We need answers now, not next year.”");
        assertThat(speaker(r.quotes().get(1))).isEqualTo("Olga Brandt");
    }

    @Test
    void theCompanyIsABusinessNotAStateBody() {
        // The Senate was named last, but "the company" can only be the corporation.
        Result r = run("Vexol Corporation reported record sales, which the Senate praised on Tuesday.",
                "“Demand remains strong across all our regions,” the company said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Vexol Corporation");
    }

    @Test
    void whichRefersToTheNameJustBeforeIt() {
        // "which" follows "Moreau's Harbour Party": the party did the saying, not its leader Moreau.
        Result r = run("Tensions rose over rhetoric from Daniel Moreau's Harbour Party, which tried to rally support "
                + "by saying that its voters were “coming out in great numbers today.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Harbour Party");
    }

    @Test
    void theCompanyIsTheOneThePassageIsAbout() {
        // Vexol Corporation is named three times; the Tindal Company only once, in passing, even though
        // its name holds the word "company".
        Result r = run("Vexol Corporation cut its prices. Vexol Corporation said sales rose.",
                "The Tindal Company, a supplier, was not consulted. Analysts praised Vexol Corporation.",
                "At the same time, the company claims its new prices have saved customers “hundreds of millions of dollars.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Vexol Corporation");
        assertThat(r.quotes().get(0).cue()).isEqualTo("claims");
    }

    @Test
    void aTextThatIsTheSubjectOfItsSentenceSpeaks() {
        // No reporting verb: the order's own words are quoted as what it directs.
        Result r = run("Governor Olga Brandt signed the order on Monday.",
                "The executive order directs state agencies to “end all funding for the program within ninety days.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("the executive order");
        assertThat(r.quotes().get(0).anonymous()).isFalse();
    }

    @Test
    void withNoPersonTheNameNearestTheVerbIsItsSubject() {
        // "Democrats called it": the Harbour Council is the object of "passed", not the one who called.
        Result r = run("The bill passed the Harbour Council after the Green Party called it “a historic step for the whole city.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Green Party");
        // A name after "of" only completes the one before it: organisationBeforeTheQuoteSpanningTwoSentences
        // keeps "The foreign ministry of China stated" for the ministry.
    }

    @Test
    void aParticiplePhraseBetweenNameAndCueDescribesTheName() {
        // "speaking at a rally in Zorbia" describes Moreau; a place inside it does not speak.
        Result r = run("Daniel Moreau, speaking at a rally in Zorbia on Saturday, called the bill “a disaster for every family here.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Daniel Moreau");
    }

    @Test
    void aParticipleCueSpeaksForTheMainSubjectNotItsObject() {
        // "He also attacked Lindqvist, saying …": he (Moreau) says it; Lindqvist is the one attacked.
        Result r = run("Daniel Moreau spoke at a rally on Saturday.",
                "He also attacked Peter Lindqvist, saying the senator “should be ashamed of himself today.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Daniel Moreau");
    }

    @Test
    void anUnnamedSourceBeforeAColonSpeaks() {
        // No reporting verb; the colon hands the floor to "a member of the audience", not to the
        // lecturer named before.
        Result r = run("Daniel Moreau gave a talk in Oslo in 1960.",
                "After his talk, a question came from a member of the audience: “Did you change the starting values just slightly?”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("a member of the audience");
        assertThat(r.quotes().get(0).anonymous()).isTrue();
    }

    @Test
    void aDottedPartyTagIsSkippedToo() {
        // "D-N.Y." stands between the name and its cue; Moreau (named only by surname) is the subject.
        Result r = run("Voters lined up early on Tuesday.",
                "Moreau, D-N.Y., told reporters: “We will get this done before the summer.”");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Moreau");
    }

    @Test
    void theStatementIsIssuedByWhomTheSentenceBeforeWasAbout() {
        // The council issued the statement; the court is only named in it.
        Result r = run("The Harbour Council said in a statement that it would appeal the ruling of the Zorbian Supreme Court.",
                "“We will defend the harbour plan at every level,” the statement said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Harbour Council");
    }

    @Test
    void aQuoteWithNoCueAfterASentenceIntroducingOnePersonIsTheirs() {
        // The paragraph before the cue-less quote introduces Maria Lopez and nobody else; the poll
        // worker who spoke before is not in it.
        Result r = run("“We have never seen lines like this,” said Peter Lindqvist, a poll worker.",
                "Among those waiting was Maria Lopez, a nurse from the north side.",
                "“I have never missed an election in my life.”");
        assertThat(r.quotes()).extracting(QuoteExtractorTest::speaker).containsExactly("Peter Lindqvist", "Maria Lopez");
        // When the sentence before also names the last speaker, the floor stays with him.
        Result s = run("“We have never seen lines like this,” said Peter Lindqvist, a poll worker.",
                "Peter Lindqvist stood next to Maria Lopez, a nurse from the north side.",
                "“I have never missed an election in my life.”");
        assertThat(speaker(s.quotes().get(1))).isNotEqualTo("Maria Lopez");
    }

    @Test
    void theyAreTheUnnamedSourcesOpeningTheSentenceBefore() {
        // "they" are the two officials, not the agency or the country named in passing.
        Result r = run("The Zorbian Defence Agency announced new deployments on Friday.",
                "Two senior officials, speaking on condition of anonymity, said the move was a warning to Iran. "
                        + "“It is meant to deter, not to provoke anyone,” they said.");
        Quote q = r.quotes().get(0);
        assertThat(speaker(q)).isEqualTo("two senior officials");
        assertThat(q.anonymous()).isTrue();
    }

    @Test
    void aKnownPersonHasTheGenderOfHisGivenName() {
        // Donald Trump is a man (his given name says so), so "she" is Olga Brandt even though he
        // opens the sentence before.
        Result r = run("Donald Trump called Olga Brandt on Monday.", "“If he calls again, I will answer,” she said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Olga Brandt");
    }

    @Test
    void aGenderedTitleSkipsPeopleOfTheOtherGender() {
        // Nobody has the role "congresswoman"; of the two named, only Olga Brandt can be one.
        Result r = run("Olga Brandt met Daniel Moreau in the capital on Monday.",
                "“We will not give up on this bill,” the congresswoman said.");
        assertThat(speaker(r.quotes().get(0))).isEqualTo("Olga Brandt");
    }
}
