package uk.yos.common.text;

/** Free text from requests and list filters, normalised the same way in every service. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space, or null when there is none. */
    public static String stripToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * A LIKE pattern matching values that start with {@code prefix}, its wildcards escaped with the default escape
     * character (backslash); null when there is no prefix, meaning no filter.
     */
    public static String likeStartsWith(String prefix) {
        String stripped = stripToNull(prefix);
        if (stripped == null) {
            return null;
        }
        return stripped.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
