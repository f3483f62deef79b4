package se.samordna.survey;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.county.CountyResourceEndpoint;
import se.samordna.security.CountyRights;
import se.samordna.security.CountyRole;
import se.samordna.security.CountyScoped;
import se.samordna.web.ApiDocumentation;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.QueryParams;

/**
 * The responses to a survey: one per organisation, by interview or filled in by the organisation itself. Members
 * write too, but only their own organisation's response (the service's rule, on top of these rights).
 */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/surveys/{surveyId}/responses")
@CountyRights(create = { CountyRole.COORDINATOR, CountyRole.MEMBER },
        change = { CountyRole.COORDINATOR, CountyRole.MEMBER })
@Tag(name = "Survey responses", description = "One response per organisation and survey, written while the survey is "
        + "OPEN: answers checked against their questions (a 400 names the field, such as answers[2].value) and needs. "
        + "A coordinator records an INTERVIEW (interviewedOn; the coordinator is the interviewer) or a SELF response; a "
        + "member sends SELF for the organisation of its linked contact (403 otherwise) and reads and changes only that "
        + "response: another organisation's is 404 to it. As CSV for coordinators: GET …/surveys/{id}/responses.csv.",
        extensions = {
                @Extension(name = ApiDocumentation.ONE, value = "a survey response"),
                @Extension(name = ApiDocumentation.EXAMPLE, parseValue = true, value = """
                        {"id": "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "countyCode": "08",
                         "surveyId": "6d2f8a40-1c3b-4e7a-9b85-2f0e6c4d1a93",
                         "organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "organisationName": "Nybro kommun",
                         "organisationType": "MUNICIPALITY", "municipalityCode": "0881", "mode": "INTERVIEW",
                         "interviewedOn": "2027-02-03",
                         "interviewer": {"subject": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10", "name": "coordinator-08"},
                         "answers": [{"questionId": "0b9c7e21-5a4d-4f3e-8c12-7d6e5f4a3b21", "value": "Lokal problembild"},
                                     {"questionId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "value": 2}],
                         "needs": [{"category": "LOCAL_PROBLEM_PICTURE", "priority": 5, "note": "Lägesbild för centrum"},
                                   {"category": "COUNCIL_TRAINING", "priority": 3, "note": null}],
                         "version": 0, "createdAt": "2027-02-03T13:40:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
                         "updatedAt": "2027-02-03T13:40:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
                        """),
                @Extension(name = ApiDocumentation.WRITE_EXAMPLE, parseValue = true, value = """
                        {"organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "mode": "INTERVIEW",
                         "interviewedOn": "2027-02-03",
                         "answers": [{"questionId": "0b9c7e21-5a4d-4f3e-8c12-7d6e5f4a3b21", "value": "Lokal problembild"},
                                     {"questionId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "value": 2}],
                         "needs": [{"category": "LOCAL_PROBLEM_PICTURE", "priority": 5, "note": "Lägesbild för centrum"},
                                   {"category": "COUNCIL_TRAINING", "priority": 3}]}
                        """),
                @Extension(name = ApiDocumentation.PATCH_EXAMPLE, parseValue = true,
                        value = "{\"needs\": [{\"category\": \"NEW_KNOWLEDGE\", \"priority\": 4}]}"),
                @Extension(name = ApiDocumentation.WRITE_CONFLICT, value = "The survey is not OPEN, or the organisation "
                        + "named has responded to it already; nothing is changed"),
                @Extension(name = ApiDocumentation.DELETE_CONFLICT, value = "The survey is not OPEN") })
public class SurveyResponseResource extends CountyResourceEndpoint<ResponseWrite, ResponseView> {

    @PathParam("surveyId")
    @Parameter(description = "The survey")
    UUID surveyId;

    private final SurveyResponseService service;

    SurveyResponseResource(SurveyResponseService service) {
        this.service = service;
    }

    @Override
    protected SurveyResponseService service() {
        return service;
    }

    @Override
    protected UUID parentId() {
        return surveyId;
    }

    @GET
    @CountyScoped
    @Operation(operationId = "listSurveyResponses", summary = "List the responses to a survey",
            description = "Sortable by createdAt, updatedAt, interviewedOn, mode. A member sees only its own organisation's response (403 without a linked contact).")
    @APIResponse(responseCode = "200", description = "A page of responses")
    public Page<ResponseView> list(
            @QueryParam("organisationId") @Parameter(description = "Only this organisation's",
                    schema = @Schema(implementation = UUID.class)) String organisationId,
            @QueryParam("municipalityCode") @Parameter(description = "Only those of organisations of this municipality", example = "0881") String municipalityCode,
            @QueryParam("mode") @Parameter(description = "Only those of this mode",
                    schema = @Schema(implementation = ResponseMode.class)) String mode,
            @BeanParam PageParams paging) {
        return service.list(cc(), surveyId, new SurveyResponseService.Filter(QueryParams.uuid("organisationId", organisationId),
                municipalityCode, QueryParams.enumValue("mode", mode, ResponseMode.class)), paging);
    }
}
