package uk.yos.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class PatternLengthsTest {

    @Test
    void boundedPatternsGiveTheirLongestMatch() {
        assertEquals(OptionalInt.of(40), PatternLengths.maxLength("[A-Z0-9_]{1,40}"));
        assertEquals(OptionalInt.of(167), PatternLengths.maxLength("-?[A-Za-z]{1,40}(,-?[A-Za-z]{1,40}){0,3}"));
        assertEquals(OptionalInt.of(13), PatternLengths.maxLength("areas|localities|teams|offence-types"));
        assertEquals(OptionalInt.of(5), PatternLengths.maxLength("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
        assertEquals(OptionalInt.of(31), PatternLengths.maxLength("\\+?[0-9 ()-]{6,30}"));
        assertEquals(OptionalInt.of(10), PatternLengths.maxLength("\\d{4}-\\d{2}-\\d{2}"));
        assertEquals(OptionalInt.of(3), PatternLengths.maxLength("[]a]\\p{L}(?:x|y)"));
        assertEquals(OptionalInt.of(1), PatternLengths.maxLength("(?=a)\\bb"));
    }

    @Test
    void unboundedOrUnknownPatternsGiveNothing() {
        assertEquals(OptionalInt.empty(), PatternLengths.maxLength("[a-z]+"));
        assertEquals(OptionalInt.empty(), PatternLengths.maxLength("a{2,}"));
        assertEquals(OptionalInt.empty(), PatternLengths.maxLength("(ab)*c"));
        assertEquals(OptionalInt.empty(), PatternLengths.maxLength("x|y.*"));
        assertEquals(OptionalInt.empty(), PatternLengths.maxLength("(a)\\1"));
        assertEquals(OptionalInt.empty(), PatternLengths.maxLength("(?i)abc"));
        assertEquals(OptionalInt.empty(), PatternLengths.maxLength("a)"));
        assertEquals(OptionalInt.empty(), PatternLengths.maxLength("[abc"));
    }
}
