package com.precis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.ActorType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftIndexTest {

    private static ActorDraft draft(String name, ActorType type) {
        ActorDraft d = new ActorDraft(name, type);
        d.surfaces.add(name);
        return d;
    }

    @Test
    void findsActorsByAnyWordInTheOrderTheyWereIndexed() {
        ActorDraft obama = draft("Barack Obama", ActorType.PERSON);
        ActorDraft michelle = draft("Michelle Obama", ActorType.PERSON);
        ActorDraft ford = draft("Ford Motor Co", ActorType.ORGANIZATION);
        DraftIndex index = new DraftIndex(List.of(obama, michelle, ford));
        assertThat(index.withWord("Obama")).containsExactly(obama, michelle);
        assertThat(index.withWord("Barack")).containsExactly(obama);
        assertThat(index.candidates("Ford")).containsExactly(ford);
        assertThat(index.candidates("Motor Co")).containsExactly(ford);
        assertThat(index.withWord("Biden")).isEmpty();
    }

    @Test
    void anArabicArticleIsIndexedWithAndWithoutIt() {
        ActorDraft bashir = draft("Omar Hassan al-Bashir", ActorType.PERSON);
        DraftIndex index = new DraftIndex(List.of(bashir));
        assertThat(index.withWord("Bashir")).containsExactly(bashir);
        assertThat(index.withWord("al-Bashir")).containsExactly(bashir);
    }

    @Test
    void laterActorsAndNewSurfacesAreFoundToo() {
        ActorDraft first = draft("Anna Berg", ActorType.PERSON);
        ActorDraft second = draft("Jan Berg", ActorType.PERSON);
        DraftIndex index = new DraftIndex(List.of(first));
        index.add(second);
        index.addSurface(first, "Anna Lund Berg");
        // "Lund" came with a surface added to the first actor, which stays first in order
        assertThat(index.withWord("Lund")).containsExactly(first);
        assertThat(index.withWord("Berg")).containsExactly(first, second);
    }
}
