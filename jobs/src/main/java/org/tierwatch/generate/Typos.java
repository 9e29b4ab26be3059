package org.tierwatch.generate;

import java.util.SplittableRandom;

/** Clerical misspellings: a letter dropped, doubled, swapped with its neighbour or mistyped. */
final class Typos {

    private Typos() {
    }

    /** The text with {@code edits} letter edits; text without letters comes back unchanged. */
    static String apply(String text, int edits, SplittableRandom random) {
        StringBuilder s = new StringBuilder(text);
        for (int e = 0; e < edits; e++) {
            int at = letterPosition(s, random);
            if (at < 0) {
                break;
            }
            char c = s.charAt(at);
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, c);
                case 2 -> {
                    if (at + 1 < s.length() && Character.isLetter(s.charAt(at + 1))) {
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, c);
                    } else {
                        s.deleteCharAt(at);
                    }
                }
                default -> s.setCharAt(at, neighbour(c, random));
            }
        }
        return s.toString();
    }

    private static int letterPosition(CharSequence s, SplittableRandom random) {
        if (s.length() < 4) {
            return -1;
        }
        for (int tries = 0; tries < 8; tries++) {
            int at = 1 + random.nextInt(s.length() - 2);
            char c = s.charAt(at);
            if (c < 128 && Character.isLetter(c)) {
                return at;
            }
        }
        return -1;
    }

    private static char neighbour(char c, SplittableRandom random) {
        boolean upper = Character.isUpperCase(c);
        char base = (char) ('a' + random.nextInt(26));
        return upper ? Character.toUpperCase(base) : base;
    }
}
