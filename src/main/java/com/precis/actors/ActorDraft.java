package com.precis.actors;

import com.precis.document.ActorType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An actor while the article is analysed: its mentions, names and roles, merged across aliases. */
final class ActorDraft {

    String name;
    ActorType type;
    final Set<String> surfaces = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();
    int firstOffset = Integer.MAX_VALUE;
    Gender gender = Gender.UNKNOWN;
    int quotes;
    String id;
    boolean dropped;
    /** The key the resolver merged this actor under (a gazetteer canonical name, a person's full name…). */
    String key;

    ActorDraft(String name, ActorType type) {
        this.name = name;
        this.type = type;
    }

    void add(Mention m) {
        mentions.add(m);
        m.actor = this;
        surfaces.add(m.surface);
        firstOffset = Math.min(firstOffset, m.start);
        if (m.role != null) {
            roles.add(m.role);
        }
        if (gender == Gender.UNKNOWN && m.gender != Gender.UNKNOWN) {
            gender = m.gender;
        }
    }

    /** The family name of a person: the last word of the fullest name. */
    String lastWord() {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    @Override
    public String toString() {
        return name + "/" + type + surfaces + roles;
    }
}
