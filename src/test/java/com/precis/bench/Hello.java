package com.precis.bench;

/** A bare JVM start, for scale: what any Java program pays before its first line. */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
