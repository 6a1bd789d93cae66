package uk.yos.cases.referencedata;

import java.util.Arrays;

import uk.yos.common.problem.ProblemException;

/** The kinds of reference data, as they appear in the path (e.g. {@code /reference-data/offence-types}). */
public enum ReferenceCategory {
    AREA("areas", "area", false),
    LOCALITY("localities", "locality", true),
    TEAM("teams", "team", false),
    OFFENCE_TYPE("offence-types", "offence type", false);

    private final String pathName;
    private final String label;
    private final boolean areaRequired;

    ReferenceCategory(String pathName, String label, boolean areaRequired) {
        this.pathName = pathName;
        this.label = label;
        this.areaRequired = areaRequired;
    }

    public String label() {
        return label;
    }

    public String pathName() {
        return pathName;
    }

    /** Localities always lie in an area; teams may cover one area or the whole service. */
    public boolean areaRequired() {
        return areaRequired;
    }

    public boolean areaAllowed() {
        return this == LOCALITY || this == TEAM;
    }

    public static ReferenceCategory fromPath(String pathName) {
        return Arrays.stream(values()).filter(c -> c.pathName.equals(pathName)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Reference data category"));
    }
}
