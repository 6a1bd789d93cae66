package uk.yos.cases.caserecord;

/**
 * What happens to a case that other parts of the practice record follow (assessments fall due from a case's start),
 * fired synchronously inside the change's transaction so that they commit or roll back together.
 */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** A case was opened, by YOS staff or from a diversion intake. */
    public record Opened(CaseRecord caseRecord) {
    }

    /** A case's type, outcome date or team was corrected. */
    public record Corrected(CaseRecord caseRecord) {
    }

    /** A case was closed or reopened. */
    public record StatusChanged(CaseRecord caseRecord) {
    }
}
