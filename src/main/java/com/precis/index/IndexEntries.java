package com.precis.index;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import com.precis.document.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index entries of a document: every quote with a named speaker, once under each of the
 * speaker's names, then every actor, once under each of its names. Anonymous sources ("a person
 * close to the talks") and quotes nobody is named for are not indexed by speaker: their
 * descriptions are not names. Only summarised (OK) documents have entries.
 */
public final class IndexEntries {

    private IndexEntries() {
    }

    public static List<IndexEntry> of(ArticleDocument document) {
        if (document.status() != Status.OK) {
            return List.of();
        }
        Map<String, Actor> actors = new HashMap<>();
        for (Actor actor : document.actors()) {
            actors.putIfAbsent(actor.id(), actor);
        }
        List<IndexEntry> entries = new ArrayList<>();
        List<Quote> quotes = document.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            if (quote.speaker() == null || quote.anonymous() || quote.speaker().name() == null) {
                continue;
            }
            Actor speaker = quote.speaker().actorId() == null ? null : actors.get(quote.speaker().actorId());
            List<NameKey.Form> forms = speaker != null ? forms(speaker)
                    : NameKey.forms(quote.speaker().name(), List.of(), false);
            String name = speaker != null ? speaker.name() : quote.speaker().name();
            for (NameKey.Form form : forms) {
                entries.add(new IndexEntry(IndexEntry.Kind.QUOTE, form.key(), form.text(), name, speaker, quote, i));
            }
        }
        for (Actor actor : document.actors()) {
            for (NameKey.Form form : forms(actor)) {
                entries.add(new IndexEntry(IndexEntry.Kind.ACTOR, form.key(), form.text(), actor.name(), actor, null, -1));
            }
        }
        return entries;
    }

    private static List<NameKey.Form> forms(Actor actor) {
        return NameKey.forms(actor.name(), actor.aliases(), actor.type() == ActorType.PERSON);
    }
}
