package uk.yos.cases.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PncIdsTest {

    @Test
    void anIdWithItsCheckLetterIsValid() {
        assertTrue(PncIds.isValid("2024/0012345H"));
        // 0 % 23 is the first check letter.
        assertTrue(PncIds.isValid("2000/0000000Z"));
    }

    @Test
    void aWrongCheckLetterOrAnotherFormatIsNot() {
        assertFalse(PncIds.isValid("2024/0012345X"));
        assertFalse(PncIds.isValid("2024/0012345A"));
        assertFalse(PncIds.isValid("24/0012345H"));
        assertFalse(PncIds.isValid("2024/012345H"));
        assertFalse(PncIds.isValid("2024/0012345h"));
        assertFalse(PncIds.isValid(" 2024/0012345H"));
    }
}
