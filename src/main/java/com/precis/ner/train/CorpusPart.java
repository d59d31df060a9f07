package com.precis.ner.train;

import java.util.List;

/** A split of one corpus: trained on, tuned on (dev), or held back and never tuned on. */
public record CorpusPart(String name, Use use, List<GoldDocument> documents) {

    public enum Use { TRAIN, DEV, HELD_BACK }
}
