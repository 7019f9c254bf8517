package org.lectern.classes;

import java.security.SecureRandom;
import java.util.Locale;

/** Short join codes students can type on a phone: no 0/O, 1/I/L look-alikes. */
public final class JoinCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int LENGTH = 6;

    private JoinCodes() {}

    public static String next() {
        StringBuilder s = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** What a student typed, as stored: upper case, no spaces or dashes. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
