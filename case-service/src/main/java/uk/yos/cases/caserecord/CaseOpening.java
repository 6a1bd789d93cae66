package uk.yos.cases.caserecord;

import java.time.LocalDate;
import java.util.List;

import uk.yos.cases.contract.OffenceRequest;

/**
 * What a new case is made of, however it is opened: by YOS staff ({@code POST /cases}) or from another service's
 * decision (a diversion intake), which also names its {@link Source}.
 */
public record CaseOpening(CaseType caseType, LocalDate outcomeDate, String owningTeamCode,
        List<OffenceRequest> offences, Source source) {

    /** The decision a case was opened from: one case per reference (a unique key in the database). */
    public record Source(String reference, boolean youngPersonMatched) {
    }
}
