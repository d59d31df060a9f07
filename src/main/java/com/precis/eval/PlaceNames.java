package com.precis.eval;

import com.precis.actors.Gazetteer;
import com.precis.actors.GazetteerEntry;

/** Whether a government's name is a place name (a country or capital), for the per-type columns. */
final class PlaceNames {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private PlaceNames() {
    }

    static boolean isPlaceName(String name) {
        GazetteerEntry e = GAZETTEER.find(name);
        return e != null && (e.isCountry() || e.kind() == GazetteerEntry.Kind.CAPITAL || e.kind() == GazetteerEntry.Kind.PLACE);
    }
}
