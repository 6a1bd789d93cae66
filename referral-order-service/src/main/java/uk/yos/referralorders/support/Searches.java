package uk.yos.referralorders.support;

/** Small helpers for free text in requests and list filters. */
public final class Searches {

    private Searches() {
    }

    /** A LIKE pattern matching values that start with {@code prefix}, its wildcards escaped; null for no filter. */
    public static String startsWith(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return null;
        }
        return prefix.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The text without surrounding white space, or null when there is none. */
    public static String stripToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
