package com.precis.clean;

public enum InputKind {
    /** An HTML (or XHTML) page. */
    HTML,
    /** Plain text, typically every visible line of a scraped page. */
    TEXT
}
