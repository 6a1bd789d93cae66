package uk.yos.cases.contact;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.assessment.ScaledApproach;

@Schema(name = "ContactCompliance", description = "A month's contacts against what the case's scaled approach "
        + "expects, and its warnings and breach consideration")
public record ComplianceView(
        UUID caseId,
        @Schema(description = "The month, YYYY-MM", example = "2026-06", pattern = "^\\d{4}-(0[1-9]|1[0-2])$",
                maxLength = 7)
        String month,
        @Schema(description = "The scaled approach in effect now; absent when no assessment's ratings have taken "
                + "effect") ScaledApproach scaledApproach,
        @Schema(description = "Contacts a month the scaled approach expects; absent without one", minimum = "0",
                maximum = "31")
        Integer expectedContacts,
        @Schema(description = "Contacts in the month recorded as ATTENDED", minimum = "0", maximum = "2147483647")
        int attendedContacts,
        @Schema(description = "MET once the attended contacts reach the expected number (a month in progress too); "
                + "NO_SCALED_APPROACH when none is in effect yet") ContactExpectation expectation,
        @Schema(description = "Warnings dated within the configured window (12 months) up to today", minimum = "0",
                maximum = "2147483647")
        int warningsInWindow,
        boolean breachConsiderationOutstanding,
        @Schema(description = "The outstanding consideration's due date; absent when none is outstanding")
        LocalDate breachConsiderationDueDate) {

    /** Whether the expected contact frequency is met. */
    public enum ContactExpectation {
        MET, NOT_MET, NO_SCALED_APPROACH
    }
}
