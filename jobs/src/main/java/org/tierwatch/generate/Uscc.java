package org.tierwatch.generate;

import java.util.SplittableRandom;

/**
 * Unified Social Credit Codes (GB 32100-2015): 18 characters whose characters 3-8 are the
 * registering authority's administrative division code and whose last character is a check
 * character over the first seventeen.
 */
final class Uscc {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** A valid enterprise code ("91" prefix) registered in {@code divisionCode} (six digits). */
    static String newCode(String divisionCode, SplittableRandom random) {
        if (divisionCode.length() != 6) {
            throw new IllegalArgumentException("division code must have six digits: " + divisionCode);
        }
        StringBuilder code = new StringBuilder(18).append("91").append(divisionCode);
        for (int i = 0; i < 9; i++) {
            code.append(i < 8 ? CHARSET.charAt(random.nextInt(10)) : CHARSET.charAt(random.nextInt(CHARSET.length())));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /** The 18th character for the given first seventeen. */
    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
