package uk.yos.devstack.seed;

/**
 * Names no real person has: family names built from words such as "Example" and "Specimen" (as the demo data's),
 * given names from a short list. Seeded people are findable by name like real ones, and never mistaken for them.
 */
final class FictionalNames {

    private static final String[] GIVEN = {
        "Alex", "Bailey", "Charlie", "Dani", "Eli", "Frankie", "Gabi", "Harley", "Indy", "Jules", "Kai", "Lee",
        "Morgan", "Nico", "Oakley", "Parker", "Quinn", "Rowan", "Sam", "Taylor", "Umi", "Val", "Wren", "Xen", "Yael",
        "Zion", "Ash", "Blair", "Casey", "Drew", "Emery", "Finley", "Greer", "Hayden", "Ira", "Jordan", "Kit",
        "Logan", "Marley", "Noel", "Ollie", "Peyton", "Reese", "Sage", "Toby", "Ursa", "Vic", "Winter", "Yuri", "Zen"
    };

    private static final String[] STEMS = {
        "Example", "Sample", "Specimen", "Fictional", "Madeup", "Pretend", "Imaginary", "Notreal", "Mockup",
        "Dummy", "Placeholder", "Testcase", "Synthetic", "Seedling", "Fakeley", "Inventa", "Storybook", "Makebelieve"
    };

    private static final String[] SUFFIXES = {
        "", "ton", "ford", "ley", "by", "well", "worth", "field", "more", "ham", "wick", "stead"
    };

    private FictionalNames() {
    }

    static String given(SeedRandom random) {
        return random.pick(GIVEN);
    }

    static String family(SeedRandom random) {
        return random.pick(STEMS) + random.pick(SUFFIXES);
    }

    /** A whole name, e.g. for a worker or a volunteer. */
    static String full(SeedRandom random) {
        return given(random) + " " + family(random);
    }
}
