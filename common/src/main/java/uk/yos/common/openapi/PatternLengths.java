package uk.yos.common.openapi;

import java.util.OptionalInt;

/**
 * The longest value a regular expression matches as a whole, as Bean Validation's {@code @Pattern} applies it:
 * {@code [A-Z0-9_]{1,40}} gives 40, {@code a|bcd} gives 3, and {@code [a-z]+} is unbounded. Understands literals,
 * escapes, character classes, groups, alternation, anchors, lookarounds and the quantifiers {@code ? * + {n}
 * {n,} {n,m}}; anything else (back-references, {@code \Q...\E}) counts as unknown, so it is never guessed.
 */
final class PatternLengths {

    private static final long UNBOUNDED = -1;

    private final String regex;
    private int position;

    private PatternLengths(String regex) {
        this.regex = regex;
    }

    /** The maximum length, or empty when the pattern admits values of any length or is not understood. */
    static OptionalInt maxLength(String regex) {
        try {
            PatternLengths parser = new PatternLengths(regex);
            long max = parser.alternation();
            if (parser.position != regex.length() || max == UNBOUNDED || max > Integer.MAX_VALUE) {
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) max);
        } catch (IllegalArgumentException | IndexOutOfBoundsException notUnderstood) {
            return OptionalInt.empty();
        }
    }

    private long alternation() {
        long max = sequence();
        while (more() && peek() == '|') {
            position++;
            max = longest(max, sequence());
        }
        return max;
    }

    private long sequence() {
        long total = 0;
        while (more() && peek() != '|' && peek() != ')') {
            long atom = atom();
            total = sum(total, times(atom, quantifier()));
        }
        return total;
    }

    private long atom() {
        char c = regex.charAt(position++);
        switch (c) {
            case '(':
                return group();
            case '[':
                skipClass();
                return 1;
            case '\\':
                return escape();
            case '^':
            case '$':
                return 0;
            case '*':
            case '+':
            case '?':
            case '{':
                throw new IllegalArgumentException("quantifier without an atom");
            default:
                return 1;
        }
    }

    private long group() {
        boolean zeroWidth = false;
        if (regex.startsWith("?:", position)) {
            position += 2;
        } else if (regex.startsWith("?=", position) || regex.startsWith("?!", position)) {
            position += 2;
            zeroWidth = true;
        } else if (regex.startsWith("?<=", position) || regex.startsWith("?<!", position)) {
            position += 3;
            zeroWidth = true;
        } else if (regex.startsWith("?<", position)) {
            position = regex.indexOf('>', position) + 1;
        } else if (regex.startsWith("?", position)) {
            throw new IllegalArgumentException("inline flags are not understood");
        }
        long max = alternation();
        expect(')');
        return zeroWidth ? 0 : max;
    }

    private void skipClass() {
        int depth = 1;
        if (peek() == '^') {
            position++;
        }
        if (peek() == ']') {
            position++;
        }
        while (depth > 0) {
            char c = regex.charAt(position++);
            if (c == '\\') {
                position++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private long escape() {
        char c = regex.charAt(position++);
        if ("bBAzZG".indexOf(c) >= 0) {
            return 0;
        }
        if (c == 'p' || c == 'P') {
            if (peek() == '{') {
                position = regex.indexOf('}', position) + 1;
            } else {
                position++;
            }
            return 1;
        }
        if (Character.isDigit(c) || c == 'k' || c == 'Q') {
            throw new IllegalArgumentException("back-references and quoting are not understood");
        }
        return 1;
    }

    /** The most repetitions the next quantifier allows: 1 when there is none. */
    private long quantifier() {
        if (!more()) {
            return 1;
        }
        long max;
        char c = peek();
        if (c == '?') {
            position++;
            max = 1;
        } else if (c == '*' || c == '+') {
            position++;
            max = UNBOUNDED;
        } else if (c == '{') {
            int close = regex.indexOf('}', position);
            String[] bounds = regex.substring(position + 1, close).split(",", -1);
            position = close + 1;
            String upper = bounds[bounds.length - 1].trim();
            max = upper.isEmpty() ? UNBOUNDED : Long.parseLong(upper);
        } else {
            return 1;
        }
        if (more() && (peek() == '?' || peek() == '+')) {
            position++; // lazy or possessive: the same lengths
        }
        return max;
    }

    private void expect(char c) {
        if (!more() || regex.charAt(position) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        position++;
    }

    private boolean more() {
        return position < regex.length();
    }

    private char peek() {
        return regex.charAt(position);
    }

    private static long longest(long a, long b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : Math.max(a, b);
    }

    private static long sum(long a, long b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : a + b;
    }

    private static long times(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : a * b;
    }
}
