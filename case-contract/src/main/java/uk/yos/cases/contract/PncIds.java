package uk.yos.cases.contract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police National Computer ids: {@code YYYY/NNNNNNNL}, where the letter is a check character over the last two
 * digits of the year and the seven-digit serial (modulus 23), so a mistyped id is caught at entry. One rule for
 * both services that take one: prevention-service when a referral is made, case-service when a child is recorded
 * (directly or by a diversion intake), so an id prevention-service accepted is never refused at the decision.
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
