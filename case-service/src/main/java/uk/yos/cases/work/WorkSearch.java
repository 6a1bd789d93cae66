package uk.yos.cases.work;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a "what is due" list asks for: which view, and the period it covers. */
public class WorkSearch {

    @QueryParam("view")
    @NotNull
    @Parameter(description = "DUE (due from today to today plus withinDays), OVERDUE (due date passed, not done) or "
            + "COMPLETED (done from completedFrom to completedTo)", required = true)
    public WorkView view;

    @QueryParam("withinDays")
    @DefaultValue("14")
    @Min(value = 0, message = "must be between 0 and 366")
    @Max(value = 366, message = "must be between 0 and 366")
    @Parameter(description = "DUE: how many days ahead, from today (default 14)")
    public int withinDays;

    @QueryParam("completedFrom")
    @Parameter(description = "COMPLETED: the first day of the period (required)")
    public LocalDate completedFrom;

    @QueryParam("completedTo")
    @Parameter(description = "COMPLETED: the last day of the period (required)")
    public LocalDate completedTo;

    @QueryParam("kind")
    @Parameter(description = "Only this kind of work")
    public WorkKind kind;

    /** The filters across cases ({@code GET /work}); a case's own list takes none. */
    public static class AcrossCases extends WorkSearch {

        @QueryParam("teamCode")
        @Size(max = 40)
        @Parameter(description = "Work of this team's cases")
        public String teamCode;

        @QueryParam("workerId")
        @Size(max = 64)
        @Parameter(description = "Work of the cases this worker is the current primary case manager of")
        public String workerId;
    }
}
