package com.precis.actors;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.Quote;
import com.precis.document.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The actors of one article while it is analysed: the quote stage links speakers to them, then
 * {@link #finish} weighs their salience.
 */
public final class ActorSet {

    private final List<Actor> actors;

    ActorSet(List<Actor> actors) {
        this.actors = new ArrayList<>(actors);
    }

    public List<Actor> actors() {
        return List.copyOf(actors);
    }

    /** The speaker named by a phrase: linked to a known actor when the phrase names one. */
    public Speaker speakerFor(String phrase, int offset) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (Actor a : actors) {
            if (lower.contains(a.name().toLowerCase(Locale.ROOT))) {
                return new Speaker(a.name(), a.id());
            }
        }
        return new Speaker(phrase, null);
    }

    /** The final actors, with salience from mentions and quotes. */
    public List<Actor> finish(List<Quote> quotes) {
        int max = 1;
        for (Actor a : actors) {
            max = Math.max(max, a.mentions());
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            out.add(new Actor(a.id(), a.name(), a.type(), a.roles(), a.aliases(), a.mentions(),
                    Math.round(1000.0 * a.mentions() / max) / 1000.0));
        }
        return out;
    }

    static Actor actor(int n, String name, ActorType type, int mentions) {
        return new Actor("a" + n, name, type, List.of(), List.of(), mentions, 0);
    }
}
