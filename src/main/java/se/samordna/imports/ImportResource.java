package se.samordna.imports;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import se.samordna.web.ApiDocumentation;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.security.CountyRole;
import se.samordna.security.CountyScoped;
import se.samordna.web.Page;
import se.samordna.web.Paging;
import se.samordna.web.Problem;
import se.samordna.web.QueryParams;

/**
 * Bulk imports of a county's organisations, contacts, network memberships, support requests and survey responses
 * from CSV or JSON, all rows or none.
 */
@Path("/counties/{cc}/imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Imports", description = "Bulk imports from CSV or JSON for the county's coordinators and its importer: "
        + "all rows or none, re-runnable by externalId, idempotent by Idempotency-Key")
public class ImportResource {

    @PathParam("cc")
    @Parameter(description = "Two-digit county code", example = "08")
    String cc;

    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({ ImportBody.CSV, MediaType.APPLICATION_JSON })
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.IMPORTER })
    @Extension(name = ApiDocumentation.RATE_LIMITED, value = "imports")
    @Operation(operationId = "createImport", summary = "Import organisations, contacts, memberships, support requests or survey responses", description = """
            Writes every row or none. Each row is checked exactly as a single create or replace of its kind is (the \
            same fields, limits and rules); when any row is refused nothing is written and the answer is a 422 \
            problem listing every fault of every refused row. A row whose `externalId` is that of an object of the \
            county (of the same kind) replaces that object as a PUT does (a field left out or empty is cleared; a row \
            that changes nothing leaves the object and its version as they were) instead of creating another, so the \
            same file can be imported again; a contact names its organisation by `organisationId` or by its `organisationExternalId`; \
            its `loginUsername` (one contact per login and county) is linked by coordinators: in the importer's rows \
            it may repeat the contact's login or be left out, which keeps the link, and a row that changes it is refused. \
            A membership row names its network by `networkId` (networks are made in Samordna and keep their id; \
            one file may fill several networks), its contact and organisation by id or by `contactExternalId` and \
            `organisationExternalId`; a membership imported again stays in its network. \
            Support requests (`kind=support-requests`) are filed on behalf of the county: a coordinator's import and \
            the county's importer's file them as a coordinator does (the importer writes requests only so). A row has \
            `organisationId` or `organisationExternalId`, `topic`, `title`, `description`, `priority`, `dueOn`, \
            `needCategories` (in a CSV cell separated by `;`, such as `LOCAL_PROBLEM_PICTURE;METHOD_SUPPORT`; in JSON \
            an array) and `externalId`. `status` is never imported: a new request is SUBMITTED and filed by the \
            caller. `assigneeSubject` is not imported: a row that sets it is refused. A row whose `externalId` names \
            a request replaces its fields as a PUT does (its assignee stays) only while it is SUBMITTED; otherwise \
            it is refused on `status` (a request changes by import only while SUBMITTED). \
            Survey responses (`kind=survey-responses`) are checked as a single response written by the caller is \
            (the survey OPEN, every answer fitting its question, required questions answered, one response per \
            organisation and survey). A row names its survey by `surveyId` (a survey of the county; one file may \
            answer several) and its organisation by `organisationId` or `organisationExternalId`, and has `mode`, \
            `interviewedOn` (for an INTERVIEW) and `externalId`. In a CSV, each answer is a column \
            `answer.<questionId>` (the question's id, from GET of the survey): a SINGLE_CHOICE or TEXT cell holds \
            the text, a SCALE_1_5 cell the number, a MULTI_CHOICE cell its options separated by `;`, an empty cell \
            no answer; each need is a column `need.<CATEGORY>` holding its priority 1–5 (a note needs JSON). A JSON \
            row carries `answers` and `needs` as the survey-response write shape has them. A fault of an answer or \
            a need is reported on its column in a CSV (`answer.<questionId>`, `need.<CATEGORY>`), on its path in \
            JSON (`answers[i].value`). A response imported again (by its `externalId`) stays with its survey; an INTERVIEW \
            records the caller as its interviewer (see the examples `survey-responses`). \
            Every object written gets its history and change-feed event, as any other write.

            The body is a CSV (`text/csv`, RFC 4180, a header row naming the columns: the fields of the kind's write \
            shape, such as `name,type,municipalityCode,organisationNumber,externalId`; an empty cell is no value) or a \
            JSON array of such objects (`application/json`). A CSV is UTF-8, with or without a byte-order mark, unless \
            its Content-Type names another charset (`text/csv; charset=windows-1252`) and it is not UTF-8 (a body that \
            is UTF-8 is read as UTF-8 whatever its label). Its cells are separated by commas, or by semicolons when its \
            header row has semicolons and no comma. So a file that Excel set to Swedish saves, "CSV \
            (semikolonavgränsad)" (semicolons, Windows-1252) or "CSV UTF-8", imports as it is. At most 100 000 rows \
            and 16 MiB (16 777 216 bytes); beyond, 413.

            `dryRun=true` checks everything and writes nothing (not even a record of the import). \
            With an `Idempotency-Key`, the same key with the same body answers the first answer again and writes \
            nothing; with another body it is 422; while the first request with the key still runs, 409. Keys are kept \
            with their import (at least 24 hours), except that an import that FAILED (it stopped before it finished, \
            such as when the database was lost; none of its rows written) gives its key back: send it again with the \
            same key. One import runs at a time per county: another meanwhile is 429 with `Retry-After`.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = ImportBody.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = ImportBody.MAX_BYTES),
                    examples = {
                            @ExampleObject(name = "organisations", value = """
                                    name,type,municipalityCode,organisationNumber,externalId
                                    Kalmar kommun,MUNICIPALITY,0880,212000-0829,kalmar-kn-0880
                                    Brottsförebyggande rådet i Mörbylånga,LOCAL_COUNCIL,0840,,kalmar-bra-0840
                                    """),
                            @ExampleObject(name = "survey-responses", value = """
                                    surveyId,organisationExternalId,mode,interviewedOn,answer.0b9c7e21-5a4d-4f3e-8c12-7d6e5f4a3b21,answer.3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7,answer.7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d,need.LOCAL_PROBLEM_PICTURE,externalId
                                    6d2f8a40-1c3b-4e7a-9b85-2f0e6c4d1a93,kalmar-kn-0880,INTERVIEW,2027-02-03,Lokal problembild,4,Ungdomsbrottslighet;Trygghet i centrum,5,kalmar-enkat-2027-0880
                                    6d2f8a40-1c3b-4e7a-9b85-2f0e6c4d1a93,kalmar-bra-0840,SELF,,Goda exempel,2,,,kalmar-enkat-2027-0840
                                    """) }),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = ImportBody.MAX_ROWS,
                            implementation = Object.class),
                    examples = {
                            @ExampleObject(name = "contacts", value = """
                                    [{"name": "Karin Åberg", "email": "karin.aberg@kalmar.se", "title": "Samordnare",
                                      "organisationExternalId": "kalmar-kn-0880", "externalId": "kalmar-person-1042"}]
                                    """),
                            @ExampleObject(name = "survey-responses", value = """
                                    [{"surveyId": "6d2f8a40-1c3b-4e7a-9b85-2f0e6c4d1a93",
                                      "organisationExternalId": "kalmar-kn-0880", "mode": "INTERVIEW",
                                      "interviewedOn": "2027-02-03",
                                      "answers": [{"questionId": "0b9c7e21-5a4d-4f3e-8c12-7d6e5f4a3b21", "value": "Lokal problembild"},
                                                  {"questionId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "value": 4}],
                                      "needs": [{"category": "LOCAL_PROBLEM_PICTURE", "priority": 5, "note": "Lägesbild för Öland"}],
                                      "externalId": "kalmar-enkat-2027-0880"}]
                                    """) }) })
    @APIResponse(responseCode = "201", description = "Every row written; Location names the import",
            headers = @Header(name = "Location", description = "The import's report", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "written", value = """
                            {"id": "6d0f2b8e-4c1a-4f7e-9b3d-2a5c8e1f0b47", "countyCode": "08", "kind": "organisations",
                             "status": "SUCCEEDED", "dryRun": false, "rows": 1000, "created": 997, "updated": 3,
                             "unchanged": 0, "rejected": 0, "rejectedRows": [],
                             "startedBy": "service-account-importer-08", "startedAt": "2026-11-30T09:15:00Z",
                             "finishedAt": "2026-11-30T09:15:01Z"}
                            """)))
    @APIResponse(responseCode = "200", description = "Dry run: every row would be written; nothing was",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "409", description = "The first request with this Idempotency-Key is still running",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 100 000 rows or 16 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is neither CSV nor JSON, or its charset is not known",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unsupported-media-type", value = """
                            {"type": "http://localhost:8080/api/v1/docs/problems#unsupported-media-type",
                             "title": "Unsupported Media Type", "status": 415,
                             "detail": "Send the body as text/csv or application/json",
                             "instance": "/api/v1/counties/08/imports"}
                            """)))
    @APIResponse(responseCode = "422", description = "Rows refused, nothing written (import-rejected, every fault listed); "
            + "or the Idempotency-Key was used with another body (idempotency-key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class),
                    examples = @ExampleObject(name = "import-rejected", value = """
                            {"type": "http://localhost:8080/api/v1/docs/problems#import-rejected", "title": "Import rejected",
                             "status": 422, "detail": "2 of 1000 rows are invalid; nothing was written",
                             "instance": "/api/v1/counties/08/imports", "importId": "6d0f2b8e-4c1a-4f7e-9b3d-2a5c8e1f0b47",
                             "kind": "organisations", "dryRun": false, "rows": 1000, "rejected": 2,
                             "rejectedRows": [{"row": 17, "field": "organisationNumber",
                                               "reason": "must be a Swedish organisation number: ten digits (NNNNNN-NNNN) with a valid check digit"},
                                              {"row": 512, "field": "name", "reason": "must not be blank"}]}
                            """)))
    @APIResponse(responseCode = "429", description = "Another import of the county is running",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importRows(
            @QueryParam("kind") @Parameter(description = "What the rows are", required = true,
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "organisations", "contacts", "memberships", "support-requests", "survey-responses" })) String kind,
            @QueryParam("dryRun") @Parameter(description = "Check only, write nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @HeaderParam("Idempotency-Key") @Parameter(description = "A key of your choice (such as a UUID), 1–255 "
                    + "visible ASCII characters, that makes sending the same import again safe",
                    example = "3b4e5f60-0c1d-4e2f-8a9b-7c6d5e4f3a21",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255)) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body,
            @Context UriInfo uri) {
        ImportService.Answer answer = imports.run(cc, kind, QueryParams.flag("dryRun", dryRun), idempotencyKey,
                ImportBody.Encoding.of(contentType), body);
        ImportReport report = answer.report();
        return switch (answer.status()) {
            case 201 -> Response.created(uri.getBaseUriBuilder().path("counties").path(cc).path("imports")
                    .path(report.id().toString()).build()).entity(report).build();
            case 422 -> Response.status(422).type(Problem.MEDIA_TYPE)
                    .entity(ImportProblem.of(report, uri.getBaseUri(), uri.getRequestUri().getRawPath())).build();
            default -> Response.ok(report).build();
        };
    }

    @GET
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.IMPORTER })
    @Operation(operationId = "listImports", summary = "List imports", description = "The county's imports, newest first, without their refused rows "
            + "(read one import for those). Dry runs are not recorded. An import that stopped before it finished is "
            + "FAILED (see getImport).")
    @APIResponse(responseCode = "200", description = "A page of import reports")
    public Page<ImportReport> list(@BeanParam Paging paging) {
        return imports.list(cc, paging);
    }

    @GET
    @Path("/{id}")
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.IMPORTER })
    @Operation(operationId = "getImport", summary = "Get an import's report", description = "Its counts and every fault of every refused row; "
            + "RUNNING while it runs. An import that stopped before it finished (its database connection or the "
            + "instance running it was lost) is FAILED, with none of its rows written: send it again. When the "
            + "database was gone as it failed, it reads RUNNING until its county's imports are next read or run "
            + "(at least a minute after it started), and FAILED from then on.")
    @APIResponse(responseCode = "200", description = "The report")
    public ImportReport get(@PathParam("id") UUID id) {
        return imports.get(cc, id);
    }
}
