package uk.yos.testsupport.conventions;

/**
 * A short string a regular expression of the kind the documents use matches: the first alternative, the first
 * character of each class, each item repeated its minimum number of times. Enough for {@code areas|teams},
 * {@code [A-Z0-9_]{1,40}} or {@code \d{4}-\d{2}}; callers check the result against the pattern.
 */
final class PatternSample {

    private final String pattern;
    private int position;

    private PatternSample(String pattern) {
        this.pattern = pattern;
    }

    static String of(String pattern) {
        return new PatternSample(pattern).alternation();
    }

    /** The first branch of {@code a|b|c}; the others are skipped. */
    private String alternation() {
        String first = sequence();
        while (position < pattern.length() && pattern.charAt(position) == '|') {
            position++;
            sequence();
        }
        return first;
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (position < pattern.length()) {
            char c = pattern.charAt(position);
            if (c == '|' || c == ')') {
                break;
            }
            String item = item();
            int times = quantifier();
            out.append(item.repeat(times));
        }
        return out.toString();
    }

    private String item() {
        char c = pattern.charAt(position++);
        switch (c) {
            case '^', '$':
                return "";
            case '(':
                if (pattern.startsWith("?:", position)) {
                    position += 2;
                }
                String group = alternation();
                position++; // ')'
                return group;
            case '[':
                return characterClass();
            case '\\':
                return escaped(pattern.charAt(position++));
            case '.':
                return "a";
            default:
                return String.valueOf(c);
        }
    }

    private String characterClass() {
        boolean negated = pattern.charAt(position) == '^';
        if (negated) {
            position++;
        }
        String first = null;
        while (pattern.charAt(position) != ']') {
            char c = pattern.charAt(position++);
            String value = c == '\\' ? escaped(pattern.charAt(position++)) : String.valueOf(c);
            if (first == null) {
                first = value;
            }
        }
        position++; // ']'
        return negated ? "~" : first;
    }

    private static String escaped(char c) {
        return switch (c) {
            case 'd' -> "0";
            case 'w' -> "a";
            case 's' -> " ";
            default -> String.valueOf(c);
        };
    }

    private int quantifier() {
        if (position >= pattern.length()) {
            return 1;
        }
        char c = pattern.charAt(position);
        switch (c) {
            case '?', '*':
                position++;
                return 0;
            case '+':
                position++;
                return 1;
            case '{':
                int end = pattern.indexOf('}', position);
                String[] bounds = pattern.substring(position + 1, end).split(",", -1);
                position = end + 1;
                return Integer.parseInt(bounds[0].trim());
            default:
                return 1;
        }
    }
}
