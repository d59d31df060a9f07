package com.precis.actors;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.text.ArticleText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the people, organisations, governments and places an article talks about. */
public final class ActorExtractor {

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)*");

    public static ActorExtractor standard() {
        return new ActorExtractor();
    }

    public ActorSet extract(ArticleText text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = CAPITALISED.matcher(text.text());
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        List<Actor> actors = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > 1) {
                actors.add(ActorSet.actor(actors.size() + 1, e.getKey(), ActorType.ORGANIZATION, e.getValue()));
            }
        }
        return new ActorSet(actors);
    }
}
