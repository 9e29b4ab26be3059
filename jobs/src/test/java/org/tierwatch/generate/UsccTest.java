package org.tierwatch.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void checkCharacterFollowsTheWeightedModulus31Rule() {
        // 17 zeros weigh nothing: 31 - 0 = 31, which the standard writes as '0'.
        assertEquals('0', Uscc.checkCharacter("00000000000000000"));
        // A single 1 in the first position weighs 1: 31 - 1 = 30, the last character 'Y'.
        assertEquals('Y', Uscc.checkCharacter("10000000000000000"));
        // A single 1 in the second position weighs 3: 31 - 3 = 28, 'W'.
        assertEquals('W', Uscc.checkCharacter("01000000000000000"));
    }

    @Test
    void newCodesCarryTheDivisionCodeAndAValidCheckCharacter() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            String code = Uscc.newCode("210200", random);
            assertEquals(18, code.length());
            assertTrue(code.startsWith("91210200"), code);
            assertEquals(Uscc.checkCharacter(code.substring(0, 17)), code.charAt(17));
        }
    }

    @Test
    void rejectsCharactersOutsideTheCodeSet() {
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter("9121020000000000I"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.newCode("2102", new SplittableRandom(1)));
    }
}
