package uk.yos.devstack.seed;

import java.time.LocalDate;

/**
 * A youth caution or conditional caution case opened by a prevention referral's joint decision: case-service's case
 * names the referral ({@code source_reference}), prevention-service's referral names the case and the child.
 */
record DiversionCase(byte[] referralId, byte[] caseId, String caseType, String teamCode, LocalDate receivedOn,
                     LocalDate decidedOn, SeededOffence offence) {
}
