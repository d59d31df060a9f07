package com.precis.actors;

/**
 * The party and state that US news writes after a politician's name ("Sen. Ted Cruz, R-Texas,",
 * "Rep. Ro Khanna, D-Calif."): one capital for the party, a hyphen, a capitalised state. It is
 * nobody's name, and the appositive it stands in belongs to the name before it.
 */
public final class PartyTag {

    private PartyTag() {
    }

    /** True for "R-Texas", "D-Calif" and the "D-N" of "D-N.Y.". */
    public static boolean is(String w) {
        if (w.length() < 3 || w.charAt(1) != '-' || "RDI".indexOf(w.charAt(0)) < 0 || !Character.isUpperCase(w.charAt(2))) {
            return false;
        }
        for (int i = 3; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }
}
