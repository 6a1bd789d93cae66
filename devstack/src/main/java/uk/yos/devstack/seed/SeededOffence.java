package uk.yos.devstack.seed;

import java.time.LocalDate;

/** A case's offence written to case-service: what a victim is linked to. */
record SeededOffence(byte[] caseId, byte[] offenceId, SeededChild child, LocalDate offenceDate, LocalDate outcomeDate,
                     String offenceTypeCode, String description, int gravityScore) {
}
