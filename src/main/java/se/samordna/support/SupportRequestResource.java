package se.samordna.support;

import se.samordna.county.NeedCategory;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samordna.county.CountyResourceEndpoint;
import se.samordna.security.CountyRights;
import se.samordna.security.CountyRole;
import se.samordna.security.CountyScoped;
import se.samordna.web.ApiDocumentation;
import se.samordna.web.ETags;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Period;
import se.samordna.web.Problem;
import se.samordna.web.ProblemException;
import se.samordna.web.QueryParams;
import se.samordna.web.Responses;

/**
 * The method-support requests of a county, their workflow, comments and statistics. Members file and read their own
 * requests (the service and its repository keep them to those); coordinators work them all.
 */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/support-requests")
@Tag(name = "Support requests", description = "Local actors ask the county for method support; coordinators triage, "
        + "assign, work and close. A member files for the organisation of the contact its login is linked to (it may "
        + "leave organisationId out), sees only the requests it filed (another's is 404), may change its own while it "
        + "is SUBMITTED (409 after) but never its organisation or the assignee (403 naming the field), and reads the "
        + "history of its own. The status changes only by transitions.",
        extensions = {
                @Extension(name = ApiDocumentation.ONE, value = "a support request"),
                @Extension(name = ApiDocumentation.EXAMPLE, parseValue = true, value = SupportRequestResource.EXAMPLE),
                @Extension(name = ApiDocumentation.WRITE_EXAMPLE, parseValue = true, value = """
                        {"organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "topic": "LOCAL_PROBLEM_PICTURE",
                         "title": "Stöd med lokal problembild för Norrliden",
                         "description": "Vi vill ta fram en lokal problembild för Norrliden tillsammans med kommunpolisen.",
                         "priority": "NORMAL", "dueOn": "2026-12-15", "needCategories": ["LOCAL_PROBLEM_PICTURE"]}
                        """),
                @Extension(name = ApiDocumentation.PATCH_EXAMPLE, parseValue = true,
                        value = "{\"assigneeSubject\": \"5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10\", \"priority\": \"HIGH\"}"),
                @Extension(name = ApiDocumentation.DELETE_NOTE,
                        value = "Removes it with its transitions and comments; its history stays readable for coordinators."),
                @Extension(name = ApiDocumentation.HISTORY_NOTE, value = "Edits and transitions; comments are not part of "
                        + "it. A member reads the history of its own requests while they exist.") })
@CountyRights(create = { CountyRole.COORDINATOR, CountyRole.MEMBER },
        change = { CountyRole.COORDINATOR, CountyRole.MEMBER },
        history = { CountyRole.COORDINATOR, CountyRole.MEMBER, CountyRole.IMPORTER })
public class SupportRequestResource extends CountyResourceEndpoint<SupportRequestWrite, SupportRequestView> {

    static final String EXAMPLE = """
            {"id": "7c2e9f40-1b3a-4d5e-8f60-2a1b3c4d5e6f", "countyCode": "08",
             "organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "organisationName": "Kalmar kommun",
             "topic": "LOCAL_PROBLEM_PICTURE", "title": "Stöd med lokal problembild för Norrliden",
             "description": "Vi vill ta fram en lokal problembild för Norrliden tillsammans med kommunpolisen.",
             "priority": "NORMAL", "status": "SUBMITTED", "dueOn": "2026-12-15", "overdue": false,
             "assigneeSubject": null, "needCategories": ["LOCAL_PROBLEM_PICTURE"],
             "filedBy": "0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a", "filedByName": "member-08", "version": 0,
             "createdAt": "2026-11-02T09:15:00Z", "createdBy": "0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a",
             "updatedAt": "2026-11-02T09:15:00Z", "updatedBy": "0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a"}
            """;
    private static final String LIST_EXAMPLE = "{\"items\": [" + EXAMPLE
            + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}";
    private static final String TRANSITIONS_EXAMPLE = """
            {"items": [{"id": "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c", "requestId": "7c2e9f40-1b3a-4d5e-8f60-2a1b3c4d5e6f",
              "action": "TRIAGE", "fromStatus": "SUBMITTED", "toStatus": "TRIAGED",
              "comment": "Vi tar det på nätverksträffen i december.",
              "actor": {"subject": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10", "name": "coordinator-08"},
              "occurredAt": "2026-11-03T08:00:00Z"}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}
            """;
    private static final String COMMENT_EXAMPLE = """
            {"id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "requestId": "7c2e9f40-1b3a-4d5e-8f60-2a1b3c4d5e6f",
             "text": "Vi har bokat ett första möte den 3 december.", "internal": false, "byCoordinator": true,
             "author": {"subject": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10", "name": "coordinator-08"},
             "createdAt": "2026-11-03T08:05:00Z"}
            """;
    private static final String STATISTICS_EXAMPLE = """
            {"countyCode": "08", "from": "2026-01-01", "to": "2026-06-30", "total": 42,
             "byStatus": {"SUBMITTED": 3, "TRIAGED": 4, "IN_PROGRESS": 5, "RESOLVED": 26, "DECLINED": 4},
             "byTopic": {"LOCAL_PROBLEM_PICTURE": 12, "SAFETY_SURVEY": 6, "CAUSE_ANALYSIS": 2, "ACTION_PLAN": 7,
                         "IMPLEMENTATION": 1, "EVALUATION": 4, "COLLABORATION_AGREEMENT": 3, "CITIZEN_PROMISE": 2,
                         "EST": 1, "SITUATIONAL_PREVENTION": 1, "LOCAL_COUNCIL": 1, "TRAINING": 2, "OTHER": 0},
             "firstAnswer": {"answered": 38, "unanswered": 4, "medianSeconds": 86400.0, "p90Seconds": 432000.0},
             "open": {"count": 12, "medianAgeSeconds": 604800.0}, "overdue": 3}
            """;
    private static final String TRANSITION_409 = """
            {"type": "http://localhost:8080/api/v1/docs/problems#conflict", "title": "Conflict", "status": 409,
             "detail": "A request that is SUBMITTED cannot be moved by RESOLVE; RESOLVE moves a request that is [IN_PROGRESS]."}
            """;

    private final SupportRequestService service;
    private final SupportCommentService comments;
    private final SupportStatistics statistics;

    SupportRequestResource(SupportRequestService service, SupportCommentService comments,
            SupportStatistics statistics) {
        this.service = service;
        this.comments = comments;
        this.statistics = statistics;
    }

    @Override
    protected SupportRequestService service() {
        return service;
    }

    @GET
    @CountyScoped
    @Operation(operationId = "listSupportRequests", summary = "List support requests",
            description = "Coordinators and the county's integration see every request of the county, a member only those it filed. "
                    + "Sortable by title (Swedish order), createdAt, updatedAt, dueOn, priority (LOW < NORMAL < HIGH), status.")
    @APIResponse(responseCode = "200", description = "A page of support requests")
    @Extension(name = ApiDocumentation.ANSWER_EXAMPLE, value = LIST_EXAMPLE, parseValue = true)
    public Page<SupportRequestView> list(
            @QueryParam("status") @Parameter(description = "Only this status",
                    schema = @Schema(implementation = RequestStatus.class)) String status,
            @QueryParam("topic") @Parameter(description = "Only this topic",
                    schema = @Schema(implementation = SupportTopic.class)) String topic,
            @QueryParam("priority") @Parameter(description = "Only this priority",
                    schema = @Schema(implementation = SupportPriority.class)) String priority,
            @QueryParam("assigneeSubject") @Parameter(description = "Only those assigned to this coordinator (token subject)",
                    schema = @Schema(implementation = UUID.class)) String assigneeSubject,
            @QueryParam("assignee") @Parameter(description = "`me`: those assigned to the caller; `none`: those not assigned yet",
                    schema = @Schema(enumeration = { "me", "none" })) String assignee,
            @QueryParam("organisationId") @Parameter(description = "Only those of this organisation",
                    schema = @Schema(implementation = UUID.class)) String organisationId,
            @QueryParam("municipalityCode") @Parameter(description = "Only those of organisations of this municipality", example = "0880") String municipalityCode,
            @QueryParam("overdue") @Parameter(description = "true: open requests whose due date has passed; false: all others",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("needCategory") @Parameter(description = "Only those that name this need category",
                    schema = @Schema(implementation = NeedCategory.class)) String needCategory,
            @QueryParam("q") @Parameter(description = "Text in the title or description", example = "problembild") String q,
            @BeanParam PageParams paging) {
        return service.list(cc(), new SupportRequestService.Filter(
                QueryParams.enumValue("status", status, RequestStatus.class),
                QueryParams.enumValue("topic", topic, SupportTopic.class),
                QueryParams.enumValue("priority", priority, SupportPriority.class),
                assignee(assigneeSubject, assignee),
                QueryParams.uuid("organisationId", organisationId),
                municipalityCode,
                QueryParams.bool("overdue", overdue),
                QueryParams.enumValue("needCategory", needCategory, NeedCategory.class),
                q), paging);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.MEMBER })
    @Operation(operationId = "transitionSupportRequest", summary = "Move a support request through its workflow",
            description = "TRIAGE (SUBMITTED → TRIAGED), START (TRIAGED → IN_PROGRESS), RESOLVE (IN_PROGRESS → RESOLVED), "
                    + "DECLINE (SUBMITTED, TRIAGED or IN_PROGRESS → DECLINED), REOPEN (RESOLVED or DECLINED → TRIAGED). "
                    + "Coordinators make every move; the member who filed the request may REOPEN it. Each move is kept "
                    + "(GET …/transitions) and makes a new version of the request; If-Match is optional (412 when stale).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransitionWrite.class),
            examples = {
                    @ExampleObject(name = "triage", value = "{\"action\": \"TRIAGE\", \"comment\": \"Vi tar det på nätverksträffen i december.\"}"),
                    @ExampleObject(name = "reopen", value = "{\"action\": \"REOPEN\", \"comment\": \"Frågan kvarstår efter mötet.\"}") }))
    @APIResponse(responseCode = "200", description = "Moved: the request in its new status and version (also the ETag)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupportRequestView.class),
                    examples = @ExampleObject(name = "submitted", value = EXAMPLE)))
    @APIResponse(responseCode = "403", description = "No role that may move it; or a member's move other than REOPEN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The action does not apply to the request's status; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "resolve a submitted request", value = TRANSITION_409)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Extension(name = ApiDocumentation.VERSIONED_ANSWER, value = "true")
    public RestResponse<SupportRequestView> transition(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of the version you read; a stale one is refused with 412", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionWrite body) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : ETags.expectedVersion(ifMatch);
        return Responses.ok(service.transition(cc(), id, expected, body));
    }

    @GET
    @Path("/{id}/transitions")
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.MEMBER, CountyRole.IMPORTER })
    @Operation(operationId = "listSupportRequestTransitions", summary = "The transitions of a support request", description = "Oldest first: who moved it, when, from what to what, and why.")
    @APIResponse(responseCode = "200", description = "A page of transitions")
    @Extension(name = ApiDocumentation.ANSWER_EXAMPLE, value = TRANSITIONS_EXAMPLE, parseValue = true)
    public Page<TransitionView> transitions(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.transitions(cc(), id, paging);
    }

    @GET
    @Path("/{id}/comments")
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.MEMBER, CountyRole.IMPORTER })
    @Operation(operationId = "listSupportRequestComments", summary = "The comments on a support request",
            description = "Oldest first. A member reads the public comments of its own requests; internal notes are shown to coordinators only (not to members, nor to the county's integration).")
    @APIResponse(responseCode = "200", description = "A page of comments")
    @Extension(name = ApiDocumentation.ANSWER_EXAMPLE, parseValue = true,
            value = "{\"items\": [" + COMMENT_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")
    public Page<CommentView> comments(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return comments.list(cc(), id, paging);
    }

    @GET
    @Path("/{requestId}/comments/{id}")
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.MEMBER, CountyRole.IMPORTER })
    @Operation(operationId = "getSupportRequestComment", summary = "Get a comment on a support request", description = "An internal note is 404 to all but coordinators.")
    @APIResponse(responseCode = "200", description = "The comment", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class),
            examples = @ExampleObject(name = "public", value = COMMENT_EXAMPLE)))
    @Extension(name = ApiDocumentation.VERSIONED_ANSWER, value = "true")
    public RestResponse<CommentView> comment(@PathParam("requestId") UUID requestId, @PathParam("id") UUID id) {
        return Responses.ok(comments.get(cc(), requestId, id));
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.MEMBER })
    @Operation(operationId = "createSupportRequestComment", summary = "Comment on a support request",
            description = "Public by default, which the filer reads; coordinators may write internal notes (internal: true).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CommentWrite.class),
            examples = {
                    @ExampleObject(name = "public", value = "{\"text\": \"Vi har bokat ett första möte den 3 december.\"}"),
                    @ExampleObject(name = "internal note", value = "{\"text\": \"Samordna med Brå:s metodstöd innan mötet.\", \"internal\": true}") }))
    @APIResponse(responseCode = "201", description = "Added; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class),
            examples = @ExampleObject(name = "public", value = COMMENT_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "No role that may comment; or a member's internal: true",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Extension(name = ApiDocumentation.VERSIONED_ANSWER, value = "true")
    public RestResponse<CommentView> comment(@PathParam("id") UUID id, @Valid @NotNull CommentWrite body,
            @Context UriInfo uri) {
        return Responses.created(uri, comments.create(cc(), id, body));
    }

    @GET
    @Path("/statistics")
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(operationId = "getSupportStatistics", summary = "Statistics of the county's support requests",
            description = "Counts by status and topic, median and 90th percentile time to first answer (a coordinator's first "
                    + "transition or first public comment), median age of open requests, and the overdue count, of the requests "
                    + "filed in the period (from and to are Swedish days, both included; both optional).")
    @APIResponse(responseCode = "200", description = "The statistics", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportStatisticsView.class),
            examples = @ExampleObject(name = "first half of 2026", value = STATISTICS_EXAMPLE)))
    public SupportStatisticsView statistics(
            @QueryParam("from") @Parameter(description = "First day of the period", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last day of the period", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return statistics.of(cc(), Period.of(from, to));
    }

    /** The assignee filter: a subject, or {@code me} or {@code none}; not both parameters. */
    private static String assignee(String assigneeSubject, String assignee) {
        UUID subject = QueryParams.uuid("assigneeSubject", assigneeSubject);
        if (assignee == null || assignee.isBlank()) {
            return subject == null ? null : subject.toString();
        }
        if (subject != null) {
            throw ProblemException.invalid("assignee", "give assignee or assigneeSubject, not both");
        }
        return switch (assignee.strip()) {
            case SupportRequestService.ME -> SupportRequestService.ME;
            case SupportRequestService.NONE -> SupportRequestService.NONE;
            default -> throw ProblemException.invalid("assignee", "must be me or none");
        };
    }
}
