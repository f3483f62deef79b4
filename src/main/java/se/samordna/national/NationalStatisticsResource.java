package se.samordna.national;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.security.Caller;
import se.samordna.web.Period;
import se.samordna.web.Problem;

/**
 * Cross-county figures for Brå's national analysts and the operators. It lies outside {@code /counties/{cc}}, where
 * neither role may read anything: the analyst sees counts, never the objects behind them.
 */
@Path("/national/statistics")
@RolesAllowed({ Caller.NATIONAL_ANALYST, Caller.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National statistics", description = "Every county's work in figures, without personal data, for Brå")
@SecurityRequirement(name = "bearer")
public class NationalStatisticsResource {

    /** The period when none is asked for: the last year, today included. */
    static final int DEFAULT_DAYS = 365;

    static final String EXAMPLE = """
            {"from": "2025-12-01", "to": "2026-11-30", "counties": [
              {"countyCode": "01", "countyName": "Stockholms län", "municipalities": 26,
               "surveys": {"total": 2, "byStatus": {"DRAFT": 0, "OPEN": 1, "CLOSED": 1},
                           "latest": {"status": "OPEN", "opensOn": "2026-09-01", "closesOn": "2026-12-15",
                                      "municipalitiesReached": 11, "reachedPercent": 42.3}},
               "networks": {"active": 2, "currentMembers": 31},
               "meetings": {"held": 7, "heldByKind": {"NETWORK_MEETING": 5, "TRAINING": 1, "SEMINAR": 1}},
               "supportRequests": {"filed": 9,
                                   "byStatus": {"SUBMITTED": 1, "TRIAGED": 1, "IN_PROGRESS": 2, "RESOLVED": 4, "DECLINED": 1},
                                   "answered": 8, "medianSecondsToFirstAnswer": 93600.0},
               "followUp": {"municipalitiesReachedInAllFour": 3, "needsNamed": 18, "needsAnswered": 7,
                            "needsAnsweredPercent": 38.9}},
              {"countyCode": "03", "countyName": "Uppsala län", "municipalities": 8,
               "surveys": {"total": 0, "byStatus": {"DRAFT": 0, "OPEN": 0, "CLOSED": 0}, "latest": null},
               "networks": {"active": 0, "currentMembers": 0},
               "meetings": {"held": 0, "heldByKind": {"NETWORK_MEETING": 0, "TRAINING": 0, "SEMINAR": 0}},
               "supportRequests": {"filed": 0,
                                   "byStatus": {"SUBMITTED": 0, "TRIAGED": 0, "IN_PROGRESS": 0, "RESOLVED": 0, "DECLINED": 0},
                                   "answered": 0, "medianSecondsToFirstAnswer": null},
               "followUp": {"municipalitiesReachedInAllFour": 0, "needsNamed": 0, "needsAnswered": 0,
                            "needsAnsweredPercent": null}},
              {"countyCode": "08", "countyName": "Kalmar län", "municipalities": 12,
               "surveys": {"total": 3, "byStatus": {"DRAFT": 1, "OPEN": 0, "CLOSED": 2},
                           "latest": {"status": "CLOSED", "opensOn": "2026-02-01", "closesOn": "2026-04-30",
                                      "municipalitiesReached": 9, "reachedPercent": 75.0}},
               "networks": {"active": 3, "currentMembers": 27},
               "meetings": {"held": 11, "heldByKind": {"NETWORK_MEETING": 8, "TRAINING": 2, "SEMINAR": 1}},
               "supportRequests": {"filed": 14,
                                   "byStatus": {"SUBMITTED": 2, "TRIAGED": 1, "IN_PROGRESS": 3, "RESOLVED": 7, "DECLINED": 1},
                                   "answered": 12, "medianSecondsToFirstAnswer": 172800.0},
               "followUp": {"municipalitiesReachedInAllFour": 5, "needsNamed": 24, "needsAnswered": 15,
                            "needsAnsweredPercent": 62.5}}]}
            """;

    private static final String BAD_FROM = """
            {"type": "http://localhost:8080/api/v1/docs/problems#validation", "title": "Invalid request", "status": 400,
             "detail": "The request has 1 invalid field", "instance": "/api/v1/national/statistics",
             "errors": [{"field": "from", "message": "must be a date (YYYY-MM-DD)"}]}
            """;

    private static final String FORBIDDEN = """
            {"type": "http://localhost:8080/api/v1/docs/problems#forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your roles do not allow this operation", "instance": "/api/v1/national/statistics"}
            """;

    private final NationalStatistics statistics;

    NationalStatisticsResource(NationalStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(operationId = "getNationalStatistics", summary = "Statistics of every county",
            description = """
                    One row per county of the reference data (all 21, also those with nothing yet), by county code, \
                    with counts and shares only, never a name, e-mail or free text: the county's surveys by status \
                    and the coverage of its latest OPEN or CLOSED survey (municipalities with at least one responding \
                    organisation of that municipality, as the survey's report counts them); its ACTIVE networks and \
                    their memberships current today; the meetings HELD that start in the period, by kind; and the \
                    support requests filed in the period, by status, with \
                    the median time from filing to the first answer (a coordinator's first transition or public \
                    comment, as the county's support statistics count it). `from` and `to` are Swedish days, both \
                    included; by default the last 365 days up to today. For the national analyst and admins; \
                    county roles are refused (403). `followUp` counts as each county's overview counts for the same \
                    period: its municipalities reached by all four of the latest survey, a network, a meeting \
                    attended in the period and a support request, and the needs of its latest survey answered since \
                    by a held meeting or a resolved request.""")
    @APIResponse(responseCode = "200", description = "Every county's figures", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalStatisticsView.class),
            examples = @ExampleObject(name = "three of the 21 counties", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`from` or `to` is no date, or `to` is before `from`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad from", value = BAD_FROM)))
    @APIResponse(responseCode = "403", description = "The caller is neither national analyst nor admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "a coordinator", value = FORBIDDEN)))
    public NationalStatisticsView statistics(
            @QueryParam("from") @Parameter(description = "First day of the period (default: 364 days before `to`)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-12-01") String from,
            @QueryParam("to") @Parameter(description = "Last day of the period (default: today in Sweden)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-11-30") String to) {
        return statistics.of(Period.lastDays(DEFAULT_DAYS, from, to));
    }
}
