package se.samordna.survey;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.county.CountyResourceEndpoint;
import se.samordna.security.CountyRole;
import se.samordna.security.CountyScoped;
import se.samordna.web.ApiDocumentation;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.QueryParams;

/**
 * The needs surveys of a county, each survey's report and its responses as CSV. The status moves by PUT or PATCH
 * of {@code status}: DRAFT → OPEN → CLOSED.
 */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/surveys")
@Tag(name = "Surveys", description = "Needs surveys (behovskartläggning): ordered questions, status DRAFT → OPEN → CLOSED "
        + "(set by PUT or PATCH of status), a report of needs and coverage. Members and the importer read OPEN and CLOSED "
        + "surveys; a DRAFT is the coordinators' only (404 to others).",
        extensions = {
                @Extension(name = ApiDocumentation.ONE, value = "a survey"),
                @Extension(name = ApiDocumentation.EXAMPLE, parseValue = true, value = """
                        {"id": "6d2f8a40-1c3b-4e7a-9b85-2f0e6c4d1a93", "countyCode": "08", "title": "Behovskartläggning 2027",
                         "description": "Vilket stöd behöver kommunerna och de lokala aktörerna i Kalmar län?",
                         "opensOn": "2027-01-15", "closesOn": "2027-03-31", "status": "OPEN",
                         "questions": [
                           {"id": "0b9c7e21-5a4d-4f3e-8c12-7d6e5f4a3b21", "text": "Vilket stöd behöver ni mest?",
                            "type": "SINGLE_CHOICE", "options": ["Goda exempel", "Lokal problembild", "Utbildning av rådet"],
                            "required": true, "needCategory": null},
                           {"id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "text": "Hur väl känner ni till länsstyrelsens stöd?",
                            "type": "SCALE_1_5", "options": [], "required": true, "needCategory": null}],
                         "version": 1, "createdAt": "2026-11-02T09:15:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
                         "updatedAt": "2026-11-20T14:02:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
                        """),
                @Extension(name = ApiDocumentation.WRITE_EXAMPLE, parseValue = true, value = """
                        {"title": "Behovskartläggning 2027",
                         "description": "Vilket stöd behöver kommunerna och de lokala aktörerna i Kalmar län?",
                         "opensOn": "2027-01-15", "closesOn": "2027-03-31", "status": "DRAFT",
                         "questions": [
                           {"text": "Vilket stöd behöver ni mest?", "type": "SINGLE_CHOICE",
                            "options": ["Goda exempel", "Lokal problembild", "Utbildning av rådet"], "required": true},
                           {"text": "Hur väl känner ni till länsstyrelsens stöd?", "type": "SCALE_1_5", "required": true},
                           {"text": "Övriga önskemål", "type": "TEXT", "needCategory": "OTHER"}]}
                        """),
                @Extension(name = ApiDocumentation.PATCH_EXAMPLE, parseValue = true, value = "{\"status\": \"OPEN\"}"),
                @Extension(name = ApiDocumentation.WRITE_CONFLICT, value = "A status move other than DRAFT → OPEN → "
                        + "CLOSED (a new survey starts as DRAFT), or questions changed after DRAFT (send them as read, "
                        + "with their ids); nothing is changed"),
                @Extension(name = ApiDocumentation.DELETE_CONFLICT, value = "Refused while the survey has responses") })
public class SurveyResource extends CountyResourceEndpoint<SurveyWrite, SurveyView> {

    private static final String REPORT_EXAMPLE = """
            {"surveyId": "6d2f8a40-1c3b-4e7a-9b85-2f0e6c4d1a93", "title": "Behovskartläggning 2027", "status": "OPEN",
             "responses": 5,
             "needs": [{"category": "LOCAL_PROBLEM_PICTURE", "organisations": 3, "meanPriority": 4.33, "highPriority": 2},
                       {"category": "GOOD_EXAMPLES", "organisations": 0, "meanPriority": null, "highPriority": 0}],
             "coverage": {"municipalities": 12, "reached": 3, "reachedPercent": 25.0,
               "byMunicipality": [
                 {"municipalityCode": "0862", "municipalityName": "Emmaboda", "reached": false, "organisations": 0, "byType": []},
                 {"municipalityCode": "0881", "municipalityName": "Nybro", "reached": true, "organisations": 2,
                  "byType": [{"type": "LOCAL_COUNCIL", "organisations": 1}, {"type": "MUNICIPALITY", "organisations": 1}]}],
               "byOrganisationType": [{"type": "POLICE", "organisations": 1, "municipalitiesReached": 0, "municipalities": 12}]}}
            """;

    private final SurveyService service;
    private final SurveyReports reports;
    private final SurveyResponseService responses;
    private final SurveyCsv csv;

    SurveyResource(SurveyService service, SurveyReports reports, SurveyResponseService responses, SurveyCsv csv) {
        this.service = service;
        this.reports = reports;
        this.responses = responses;
        this.csv = csv;
    }

    @Override
    protected SurveyService service() {
        return service;
    }

    @GET
    @CountyScoped
    @Operation(operationId = "listSurveys", summary = "List surveys",
            description = "Sortable by title, opensOn, closesOn, status, createdAt, updatedAt; titles sort in Swedish order. Members and the importer see only OPEN and CLOSED surveys.")
    @APIResponse(responseCode = "200", description = "A page of surveys")
    public Page<SurveyView> list(
            @QueryParam("status") @Parameter(description = "Only those in this status",
                    schema = @Schema(implementation = SurveyStatus.class)) String status,
            @QueryParam("q") @Parameter(description = "Text in the title or description", example = "kartläggning") String q,
            @BeanParam PageParams paging) {
        return service.list(cc(), new SurveyService.Filter(QueryParams.enumValue("status", status, SurveyStatus.class), q),
                paging);
    }

    @GET
    @Path("/{id}/report")
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(operationId = "getSurveyReport", summary = "Report of a survey: needs and coverage",
            description = "Needs per category (organisations naming it, mean priority, how many at 4 or 5) and coverage: every municipality of the county, reached or not (those not reached first), by how many responding organisations of which types, the share reached, and coverage per organisation type. Aggregated by the database.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyReport.class),
            examples = @ExampleObject(name = "3 of 12 municipalities reached", value = REPORT_EXAMPLE)))
    public SurveyReport report(@PathParam("id") UUID id) {
        return reports.report(cc(), id);
    }

    @GET
    @Path("/{id}/responses.csv")
    @Produces(SurveyCsv.MEDIA_TYPE + ";charset=UTF-8")
    @CountyScoped(CountyRole.COORDINATOR)
    @Extension(name = ApiDocumentation.RATE_LIMITED, value = "exports")
    @Operation(operationId = "exportSurveyResponses", summary = "Export the responses of a survey as CSV",
            description = "UTF-8 CSV (RFC 4180) with a header row, for a spreadsheet: one ANSWER row per response and question (answer empty where not answered; chosen options joined by \"; \"), then one NEED row per need a response named. Takes the filters of the response list. Content-Disposition names the survey. A text cell that begins with =, +, -, @, a tab or a carriage return (an answer someone typed) is written with an apostrophe before it, so that no spreadsheet runs it as a formula.")
    @APIResponse(responseCode = "200", description = "The responses as CSV; Content-Disposition: attachment with a file name naming the survey",
            content = @Content(mediaType = SurveyCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "two rows", value = """
                            responseId,organisationId,organisationName,organisationType,municipalityCode,municipalityName,mode,interviewedOn,interviewer,row,questionNumber,questionId,questionType,questionText,answer,needCategory,priority,note
                            8c1d…,3f1c…,Nybro kommun,MUNICIPALITY,0881,Nybro,INTERVIEW,2027-02-03,coordinator-08,ANSWER,1,0b9c…,SINGLE_CHOICE,Vilket stöd behöver ni mest?,Lokal problembild,,,
                            8c1d…,3f1c…,Nybro kommun,MUNICIPALITY,0881,Nybro,INTERVIEW,2027-02-03,coordinator-08,NEED,,,,,,LOCAL_PROBLEM_PICTURE,5,Lägesbild för centrum
                            """)))
    public Response exportResponses(@PathParam("id") UUID id,
            @QueryParam("organisationId") @Parameter(description = "Only this organisation's response",
                    schema = @Schema(implementation = UUID.class)) String organisationId,
            @QueryParam("municipalityCode") @Parameter(description = "Only those of organisations of this municipality", example = "0881") String municipalityCode,
            @QueryParam("mode") @Parameter(description = "Only those of this mode",
                    schema = @Schema(implementation = ResponseMode.class)) String mode) {
        SurveyResponseService.Export export = responses.export(cc(), id, new SurveyResponseService.Filter(
                QueryParams.uuid("organisationId", organisationId), municipalityCode,
                QueryParams.enumValue("mode", mode, ResponseMode.class)));
        return Response.ok(csv.write(export))
                .header("Content-Disposition", SurveyCsv.contentDisposition(export.survey().title()))
                .build();
    }
}
