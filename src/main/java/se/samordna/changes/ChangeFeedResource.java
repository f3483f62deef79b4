package se.samordna.changes;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.audit.ChangeLog;
import se.samordna.audit.HistoryEntry;
import se.samordna.security.CountyContext;
import se.samordna.security.CountyRole;
import se.samordna.contact.Contact;
import se.samordna.meeting.Attendance;
import se.samordna.meeting.Meeting;
import se.samordna.network.Membership;
import se.samordna.network.Network;
import se.samordna.organisation.Organisation;
import se.samordna.support.SupportComment;
import se.samordna.support.SupportRequest;
import se.samordna.support.SupportTransition;
import se.samordna.survey.Survey;
import se.samordna.survey.SurveyResponse;
import se.samordna.security.CountyScoped;
import se.samordna.web.ProblemException;
import se.samordna.web.QueryParams;

/** Every create, update and delete of a county's data, in order, for integrations that mirror it. */
@Path("/counties/{cc}/changes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Every write of a county's data, in order, for integrations that mirror it")
public class ChangeFeedResource {

    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 100;

    @PathParam("cc")
    @Parameter(description = "Two-digit county code", example = "08")
    String cc;

    /**
     * What the coordinators alone read, as the rest of the API hides it from the importer: per resource type, the
     * states of that kind (an SQL condition on the state, {@code %s}). An internal comment; a survey while DRAFT.
     */
    static final Map<String, String> COORDINATORS_ONLY = Map.of(
            SupportComment.RESOURCE_TYPE, "(%s ->> 'internal')::boolean",
            Survey.RESOURCE_TYPE, "(%s ->> 'status') = 'DRAFT'");

    /** The resource types of the feed, the values {@code resourceType} takes. */
    static final List<String> RESOURCE_TYPES = List.of(Organisation.RESOURCE_TYPE, Contact.RESOURCE_TYPE,
            Network.RESOURCE_TYPE, Membership.RESOURCE_TYPE, Meeting.RESOURCE_TYPE, Attendance.RESOURCE_TYPE,
            Survey.RESOURCE_TYPE, SurveyResponse.RESOURCE_TYPE, SupportRequest.RESOURCE_TYPE,
            SupportTransition.RESOURCE_TYPE, SupportComment.RESOURCE_TYPE);

    private final ChangeLog changeLog;
    private final CountyContext county;

    ChangeFeedResource(ChangeLog changeLog, CountyContext county) {
        this.changeLog = changeLog;
        this.county = county;
    }

    @GET
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.IMPORTER })
    @Operation(operationId = "listChanges", summary = "Read the county's change feed", description = """
            The county's events after the cursor, oldest first: every create, update and delete of its data, with \
            the new state (none for a delete; an erased contact's personal data removed everywhere). A move of a \
            support request is two events: the request's UPDATED (its new status) and the transition's CREATED \
            (`support-request-transition`, with its comment); deleting a request deletes its comments and \
            transitions, each with its DELETED event. Internal \
            comments and DRAFT surveys are the coordinators': the importer's feed skips their events (a survey \
            appears with its first event as OPEN), and the deletion of one it never saw. Store `next` \
            and ask with it: a client that does so never misses nor repeats an event, across restarts, several API \
            instances and concurrent writers, because each county's writers append one at a time until they commit. \
            When `hasMore` is true ask again at once; otherwise poll later.""")
    @APIResponse(responseCode = "200", description = "The next events", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeFeedPage.class),
            examples = @ExampleObject(name = "an update", value = """
                    {"items": [{"sequence": 1042, "resourceType": "organisation",
                                "resourceId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "action": "UPDATED", "version": 2,
                                "actor": {"subject": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10", "name": "coordinator-08",
                                          "client": "samordna-cli"},
                                "occurredAt": "2026-11-30T09:15:00Z",
                                "state": {"id": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "countyCode": "08",
                                          "name": "Kalmar kommun", "type": "MUNICIPALITY", "version": 2}}],
                     "next": "1042", "hasMore": false}
                    """)))
    public ChangeFeedPage changes(
            @QueryParam("after") @Parameter(description = "The cursor (`next`) of the last answer, as given; 0 or absent for the start",
                    example = "1041", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            pattern = "^[0-9]{1,19}$", maxLength = 19)) String after,
            @QueryParam("limit") @Parameter(description = "At most this many events (1–" + MAX_LIMIT + ", default "
                    + DEFAULT_LIMIT + ")", example = "100", schema = @Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                            format = "int32", minimum = "1", maximum = "1000")) String limit,
            @QueryParam("resourceType") @Parameter(description = "Only events of this resource type",
                    example = "organisation", schema = @Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            enumeration = { Organisation.RESOURCE_TYPE, Contact.RESOURCE_TYPE, Network.RESOURCE_TYPE,
                                    Membership.RESOURCE_TYPE, Meeting.RESOURCE_TYPE, Attendance.RESOURCE_TYPE,
                                    Survey.RESOURCE_TYPE, SurveyResponse.RESOURCE_TYPE,
                                    SupportRequest.RESOURCE_TYPE, SupportTransition.RESOURCE_TYPE,
                                    SupportComment.RESOURCE_TYPE })) String resourceType) {
        long cursor = QueryParams.wholeNumber("after", after, 0, 0, Long.MAX_VALUE);
        int size = (int) QueryParams.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        String type = resourceType == null || resourceType.isBlank() ? null : resourceType.strip();
        if (type != null && !RESOURCE_TYPES.contains(type)) {
            // a typo (the path's "organisations") would otherwise mirror nothing, unseen
            throw ProblemException.invalid("resourceType", "must be one of " + String.join(", ", RESOURCE_TYPES));
        }
        List<HistoryEntry> events = changeLog.after(cc, cursor, type, size + 1,
                county.holds(CountyRole.COORDINATOR) ? Map.of() : COORDINATORS_ONLY);
        boolean more = events.size() > size;
        List<HistoryEntry> slice = more ? events.subList(0, size) : events;
        String next = slice.isEmpty() ? Long.toString(cursor) : Long.toString(slice.get(slice.size() - 1).sequence());
        return new ChangeFeedPage(slice, next, more);
    }
}
