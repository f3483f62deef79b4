package se.samordna.followup;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
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

/** The coordinators' follow-up of a survey: which needs of which municipality meetings and support answered since. */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/surveys/{id}/follow-up")
@Tag(name = "Surveys")
@SecurityRequirement(name = "bearer")
public class FollowUpResource {

    static final String EXAMPLE = """
            {"surveyId": "6d2f8a40-1c3b-4e7a-9b85-2f0e6c4d1a93", "title": "Behovskartläggning 2027", "status": "CLOSED",
             "municipalities": 12,
             "needs": [
               {"municipalityCode": "0880", "municipalityName": "Kalmar", "category": "COUNCIL_TRAINING", "priority": 5,
                "organisations": 1, "namedAt": "2027-02-01T10:04:00Z", "answered": false, "meetings": [],
                "supportRequests": []},
               {"municipalityCode": "0881", "municipalityName": "Nybro", "category": "LOCAL_PROBLEM_PICTURE", "priority": 5,
                "organisations": 2, "namedAt": "2027-02-03T09:12:00Z", "answered": true,
                "meetings": [{"id": "6c2d8f14-3b7a-4e0c-9d51-7a2e4b9c0f83", "title": "Lägesbild: trygghet i centrum",
                              "at": "2027-04-12T08:00:00Z"}],
                "supportRequests": [{"id": "2b7e4c1a-9d3f-4a6b-8e2c-5f1d0a9b7c64", "title": "Stöd med lägesbild för Nybro centrum",
                                     "at": "2027-03-20T14:31:00Z"}]},
               {"municipalityCode": "0881", "municipalityName": "Nybro", "category": "NETWORKING", "priority": 2,
                "organisations": 1, "namedAt": "2027-02-03T09:12:00Z", "answered": false, "meetings": [],
                "supportRequests": []}],
             "byCategory": [
               {"category": "GOOD_EXAMPLES", "municipalitiesNamed": 0, "municipalitiesAnswered": 0, "answeredPercent": 0.0},
               {"category": "LOCAL_PROBLEM_PICTURE", "municipalitiesNamed": 1, "municipalitiesAnswered": 1, "answeredPercent": 100.0},
               {"category": "COUNCIL_TRAINING", "municipalitiesNamed": 1, "municipalitiesAnswered": 0, "answeredPercent": 0.0},
               {"category": "HORIZON_SCANNING", "municipalitiesNamed": 0, "municipalitiesAnswered": 0, "answeredPercent": 0.0},
               {"category": "METHOD_SUPPORT", "municipalitiesNamed": 0, "municipalitiesAnswered": 0, "answeredPercent": 0.0},
               {"category": "NEW_KNOWLEDGE", "municipalitiesNamed": 0, "municipalitiesAnswered": 0, "answeredPercent": 0.0},
               {"category": "NETWORKING", "municipalitiesNamed": 1, "municipalitiesAnswered": 0, "answeredPercent": 0.0},
               {"category": "OTHER", "municipalitiesNamed": 0, "municipalitiesAnswered": 0, "answeredPercent": 0.0}]}
            """;

    @PathParam("cc")
    @Parameter(description = "Two-digit county code", example = "08")
    String cc;

    private final FollowUps followUps;

    FollowUpResource(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GET
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(operationId = "getSurveyFollowUp", summary = "Follow-up of a survey: which needs were answered since",
            description = """
                    For every municipality of the county and every need category its organisations named in the \
                    survey's responses: whether it was answered since it was first named (the earliest of those \
                    responses) — by a HELD meeting naming the category that started afterwards and that a contact of \
                    an organisation of the municipality ATTENDED, or by a RESOLVED support request of an organisation \
                    of the municipality naming the category, resolved afterwards — with those meetings and requests \
                    (at most 50 of each, the latest first). Needs named at priority 4 or 5 and not answered come \
                    first. Per category: the share of the municipalities that named it whose need was answered. For \
                    coordinators; computed by the database in two statements.""")
    @APIResponse(responseCode = "200", description = "The follow-up", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUp.class),
            examples = @ExampleObject(name = "one need of Nybro answered, one of Kalmar not", value = EXAMPLE)))
    public FollowUp followUp(@PathParam("id") @Parameter(description = "The survey's id") UUID id) {
        return followUps.of(cc, id);
    }
}
