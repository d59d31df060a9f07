package com.precis.document;

public enum Status {
    OK, FAILED
}
