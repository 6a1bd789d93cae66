package uk.yos.prevention.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.yos.common.problem.ProblemException;

/**
 * The filters of the referral list; each is optional and they combine with AND. They are read as text and checked
 * here, so a wrong value is a 400 naming the parameter (JAX-RS answers 404 when it cannot convert a query
 * parameter itself, and reads any word but "true" as false).
 */
public class ReferralSearch {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String DATE_MESSAGE = "must be a date, YYYY-MM-DD";

    @QueryParam("status")
    @Pattern(regexp = "RECEIVED|TRIAGED|DECIDED|CLOSED", message = "must be one of RECEIVED, TRIAGED, DECIDED, CLOSED")
    @Parameter(schema = @Schema(implementation = ReferralStatus.class))
    public String status;

    @QueryParam("source")
    @Pattern(regexp = "POLICE|COURT_DIVERSION|SCHOOL|SOCIAL_CARE|FAMILY|SELF",
            message = "must be one of POLICE, COURT_DIVERSION, SCHOOL, SOCIAL_CARE, FAMILY, SELF")
    @Parameter(schema = @Schema(implementation = ReferralSource.class))
    public String source;

    @QueryParam("reasonType")
    @Pattern(regexp = "OFFENCE|RISK", message = "must be one of OFFENCE, RISK")
    @Parameter(schema = @Schema(implementation = ReasonType.class))
    public String reasonType;

    @QueryParam("referringOrganisation")
    @Pattern(regexp = CreateReferralRequest.ORGANISATION_CODE, message = "must be an UPPER_SNAKE_CASE organisation code")
    @Parameter(description = "A police-referrer only ever sees its own organisation's referrals",
            example = "NORTHAMPTONSHIRE_POLICE")
    public String referringOrganisation;

    @QueryParam("receivedFrom")
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    @Parameter(description = "Received on or after this date", example = "2026-10-01",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date"))
    public String receivedFrom;

    @QueryParam("receivedTo")
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    @Parameter(description = "Received on or before this date", example = "2026-10-31",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date"))
    public String receivedTo;

    @QueryParam("assessmentOverdue")
    @Pattern(regexp = "true|false", message = "must be true or false")
    @Parameter(description = "true: open referrals whose assessment is not done and is past its due date; "
            + "false: all the others",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
    public String assessmentOverdue;

    ReferralStatus status() {
        return status == null ? null : ReferralStatus.valueOf(status);
    }

    ReferralSource source() {
        return source == null ? null : ReferralSource.valueOf(source);
    }

    ReasonType reasonType() {
        return reasonType == null ? null : ReasonType.valueOf(reasonType);
    }

    LocalDate receivedFrom() {
        return date(receivedFrom, "receivedFrom");
    }

    LocalDate receivedTo() {
        return date(receivedTo, "receivedTo");
    }

    Boolean assessmentOverdue() {
        return assessmentOverdue == null ? null : Boolean.valueOf(assessmentOverdue);
    }

    private static LocalDate date(String value, String parameter) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "is not a calendar date");
        }
    }
}
