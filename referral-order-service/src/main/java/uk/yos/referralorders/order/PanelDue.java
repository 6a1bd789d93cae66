package uk.yos.referralorders.order;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelDue", description = "A panel the order needs by a date, and whether it has met")
public record PanelDue(
        @Schema(description = "A working day: a date on a weekend or bank holiday moves to the next working day",
                example = "2026-09-01") LocalDate dueDate,
        @Schema(description = "DUE: not held, the date has not passed; OVERDUE: not held, the date has passed; "
                + "HELD: a panel of this type met with the child for it", example = "DUE") PanelDueStatus status) {
}
