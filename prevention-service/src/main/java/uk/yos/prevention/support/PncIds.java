package uk.yos.prevention.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police National Computer ids: {@code YYYY/NNNNNNNL}, where the letter is a check character over the last two
 * digits of the year and the seven-digit serial (modulus 23), so a mistyped id is caught when the referral is made
 * rather than when case-service refuses it at the decision. (The same rule as case-service's.)
 */
public final class PncIds {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})/(\\d{7})([A-Z])");
    private static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

    private PncIds() {
    }

    public static boolean isValid(String pncId) {
        Matcher matcher = FORMAT.matcher(pncId);
        if (!matcher.matches()) {
            return false;
        }
        long number = Long.parseLong(matcher.group(2) + matcher.group(3));
        return CHECK_LETTERS.charAt((int) (number % 23)) == matcher.group(4).charAt(0);
    }
}
