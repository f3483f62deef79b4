package se.samordna.followup;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.security.CountyRole;
import se.samordna.security.CountyScoped;
import se.samordna.web.PeriodParams;
import se.samordna.web.Problem;

/**
 * The coordinators' overview of the county's municipalities, the lowest level first: where to go next. The same rows
 * as CSV: {@link OverviewCsvResource}.
 */
@Authenticated
@Path("/counties/{cc}/overview")
@Tag(name = "Overview", description = "Every municipality of the county and how far surveys, networks, meetings and "
        + "support reach it, for the coordinators, the lowest level first")
@SecurityRequirement(name = "bearer")
public class OverviewResource {

    static final String EXAMPLE = """
            {"countyCode": "08", "from": "2025-12-01", "to": "2026-11-30",
             "latestSurvey": {"id": "6d2f8a40-1c3b-4e7a-9b85-2f0e6c4d1a93", "title": "Behovskartläggning 2027",
                              "status": "CLOSED"},
             "municipalities": [
               {"municipalityCode": "0860", "municipalityName": "Hultsfred", "level": 0, "organisations": 2,
                "reachedBySurvey": false, "surveyResponses": 0, "networkMembers": 0, "meetingOrganisations": 0,
                "supportRequestsOpen": 0, "supportRequestsResolved": 0, "needsNamed": 0, "needsAnswered": 0},
               {"municipalityCode": "0881", "municipalityName": "Nybro", "level": 2, "organisations": 5,
                "reachedBySurvey": true, "surveyResponses": 2, "networkMembers": 0, "meetingOrganisations": 0,
                "supportRequestsOpen": 1, "supportRequestsResolved": 1, "needsNamed": 3, "needsAnswered": 1},
               {"municipalityCode": "0880", "municipalityName": "Kalmar", "level": 4, "organisations": 14,
                "reachedBySurvey": true, "surveyResponses": 4, "networkMembers": 9, "meetingOrganisations": 3,
                "supportRequestsOpen": 2, "supportRequestsResolved": 3, "needsNamed": 4, "needsAnswered": 3}]}
            """;

    static final String CSV_EXAMPLE = """
            municipalityCode,municipalityName,level,organisations,reachedBySurvey,surveyResponses,networkMembers,meetingOrganisations,supportRequestsOpen,supportRequestsResolved,needsNamed,needsAnswered
            0860,Hultsfred,0,2,false,0,0,0,0,0,0,0
            0881,Nybro,2,5,true,2,0,0,1,1,3,1
            0880,Kalmar,4,14,true,4,9,3,2,3,4,3
            """;

    static final String DESCRIPTION = """
            One row per municipality of the county (the reference data, all of them), the lowest level first, then \
            by name. The level counts which of four reach the municipality: the latest OPEN or CLOSED survey (the one \
            that opens last) has a responding organisation of it, as the survey's report counts coverage; an \
            organisation of it, or a contact of one, is a member of a network today; a contact of one of its \
            organisations ATTENDED a meeting starting in the period; one of its organisations has a support request \
            open now (filed by the period's end) or resolved in the period. Also: organisations known, and the need \
            categories its organisations named in that survey and how many were answered since (as the survey's \
            follow-up counts them). `from` and `to` are Swedish days, both included; by default the last 365 days \
            up to today. For coordinators; computed by the database in one statement.""";

    @PathParam("cc")
    @Parameter(description = "Two-digit county code", example = "08")
    String cc;

    private final Overviews overviews;

    OverviewResource(Overviews overviews) {
        this.overviews = overviews;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(operationId = "getCountyOverview", summary = "Overview of the county's municipalities, lowest level first",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Every municipality of the county", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class),
            examples = @ExampleObject(name = "three of Kalmar län's 12 municipalities", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`from` or `to` is no date, or `to` is before `from`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Overview overview(@BeanParam PeriodParams period) {
        return overviews.of(cc, period.lastYear());
    }
}
