package uk.yos.cases.assessment;

/** A risk of serious harm (ROSH) or a safety and wellbeing rating, lowest first. */
public enum HarmRating {
    LOW, MEDIUM, HIGH, VERY_HIGH;

    /** High and very high ratings need an operations manager's sign-off and a risk panel. */
    public boolean isHighOrVeryHigh() {
        return this == HIGH || this == VERY_HIGH;
    }

    public static HarmRating higherOf(HarmRating a, HarmRating b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
