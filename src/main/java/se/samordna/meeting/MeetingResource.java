package se.samordna.meeting;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.county.CountyResourceEndpoint;
import se.samordna.county.NeedCategory;
import se.samordna.security.CountyRole;
import se.samordna.security.CountyScoped;
import se.samordna.web.ApiDocumentation;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Problem;
import se.samordna.web.QueryParams;
import se.samordna.web.Responses;

/** The themed meetings, trainings and seminars of a county. */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/meetings")
@Tag(name = "Meetings", description = "Themed network meetings, trainings and seminars: agenda, guests, minutes and actions",
        extensions = {
                @Extension(name = ApiDocumentation.ONE, value = "a meeting"),
                @Extension(name = ApiDocumentation.EXAMPLE, parseValue = true, value = """
                        {"id": "6c2d8f14-3b7a-4e0c-9d51-7a2e4b9c0f83", "countyCode": "08",
                         "title": "Nätverksträff: trygghet i centrum", "theme": "Situationell prevention i stadskärnan",
                         "kind": "NETWORK_MEETING", "audience": null, "networkId": "1d4e7a90-5c3b-4f2e-8a61-0b9c2d7e4f15",
                         "networkName": "Kalmar läns nätverk för kommuner och kommunpoliser",
                         "startsAt": "2026-12-03T08:00:00Z", "endsAt": "2026-12-03T11:00:00Z",
                         "location": "Länsstyrelsen, Regeringsgatan 1, Kalmar", "onlineUrl": "https://meet.example.se/brottsforebyggande",
                         "status": "PLANNED",
                         "agenda": [{"title": "Lägesbild från polisen", "speaker": "Jonas Ekström, kommunpolis", "minutes": 30},
                                    {"title": "Erfarenheter från Nybro", "speaker": "Lena Öhman", "minutes": 45}],
                         "guests": [{"name": "Anna Forsman", "organisation": "Brå", "topic": "Effektiva åtgärder mot bostadsinbrott"}],
                         "minutes": null, "actions": [], "needCategories": ["GOOD_EXAMPLES", "NETWORKING"],
                         "municipalityCodes": ["0880", "0881"],
                         "attendance": {"invited": 12, "registered": 9, "attended": 0, "absent": 0}, "version": 0,
                         "createdAt": "2026-11-02T09:15:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
                         "updatedAt": "2026-11-02T09:15:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
                        """),
                @Extension(name = ApiDocumentation.WRITE_EXAMPLE, parseValue = true, value = """
                        {"title": "Nätverksträff: trygghet i centrum", "theme": "Situationell prevention i stadskärnan",
                         "kind": "NETWORK_MEETING", "networkId": "1d4e7a90-5c3b-4f2e-8a61-0b9c2d7e4f15",
                         "networkName": "Kalmar läns nätverk för kommuner och kommunpoliser",
                         "startsAt": "2026-12-03T09:00:00+01:00", "endsAt": "2026-12-03T12:00:00+01:00",
                         "location": "Länsstyrelsen, Regeringsgatan 1, Kalmar", "onlineUrl": "https://meet.example.se/brottsforebyggande",
                         "status": "PLANNED",
                         "agenda": [{"title": "Lägesbild från polisen", "speaker": "Jonas Ekström, kommunpolis", "minutes": 30}],
                         "guests": [{"name": "Anna Forsman", "organisation": "Brå", "topic": "Effektiva åtgärder mot bostadsinbrott"}],
                         "needCategories": ["GOOD_EXAMPLES"], "municipalityCodes": ["0880"]}
                        """),
                @Extension(name = ApiDocumentation.PATCH_EXAMPLE, parseValue = true, value = """
                        {"status": "HELD", "minutes": "Polisen redovisade lägesbilden …",
                         "actions": [{"text": "Sammanställ kommunernas trygghetsmätningar", "owner": "Karin Åberg",
                                      "dueOn": "2027-01-31", "done": false}]}
                        """),
                @Extension(name = ApiDocumentation.WRITE_CONFLICT, value = "The status moves other than PLANNED to HELD"
                        + " or CANCELLED, minutes or actions are written before the meeting is HELD, or networkId names"
                        + " a CLOSED network"),
                @Extension(name = ApiDocumentation.DELETE_CONFLICT,
                        value = "Refused while contacts are on its attendance list; cancel it instead (status CANCELLED)") })
public class MeetingResource extends CountyResourceEndpoint<MeetingWrite, MeetingView> {

    static final String CALENDAR = "text/calendar";

    private final MeetingService service;
    private final AttendanceService attendance;
    private final MeetingCalendar calendar;

    MeetingResource(MeetingService service, AttendanceService attendance, MeetingCalendar calendar) {
        this.service = service;
        this.attendance = attendance;
        this.calendar = calendar;
    }

    @Override
    protected MeetingService service() {
        return service;
    }

    @GET
    @CountyScoped
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Sorted by startsAt unless told otherwise; sortable by startsAt, endsAt, title, status, createdAt,"
                    + " updatedAt. A PUT or PATCH moves status only from PLANNED, to HELD or CANCELLED (409 otherwise),"
                    + " and minutes and actions are written once the meeting is HELD (409 before).")
    @APIResponse(responseCode = "200", description = "A page of meetings")
    public Page<MeetingView> list(
            @QueryParam("from") @Parameter(description = "Only those starting on or after this day (Swedish time)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-12-01") String from,
            @QueryParam("to") @Parameter(description = "Only those starting on or before this day (Swedish time)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-12-31") String to,
            @QueryParam("networkId") @Parameter(description = "Only this network's",
                    schema = @Schema(implementation = UUID.class)) String networkId,
            @QueryParam("kind") @Parameter(description = "Only this kind",
                    schema = @Schema(implementation = MeetingKind.class)) String kind,
            @QueryParam("status") @Parameter(description = "Only this status",
                    schema = @Schema(implementation = MeetingStatus.class)) String status,
            @QueryParam("needCategory") @Parameter(description = "Only those that answer this need",
                    schema = @Schema(implementation = NeedCategory.class)) String needCategory,
            @QueryParam("q") @Parameter(description = "Text in the title or theme", example = "trygghet") String q,
            @BeanParam PageParams paging) {
        return service.list(cc(), new MeetingService.Filter(
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.uuid("networkId", networkId), QueryParams.enumValue("kind", kind, MeetingKind.class),
                QueryParams.enumValue("status", status, MeetingStatus.class),
                QueryParams.enumValue("needCategory", needCategory, NeedCategory.class), q), paging);
    }

    @POST
    @Path("/{id}/invite-network")
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(operationId = "inviteMeetingNetwork", summary = "Invite the meeting's network",
            description = "Puts every contact that is a current member of the meeting's network today (joined, not left;"
                    + " a membership of an organisation alone invites nobody) on the meeting's attendance list as INVITED."
                    + " Those already on the list stay as they are, so calling it again adds only new members. No body.")
    @APIResponse(responseCode = "200", description = "How many were added, and the list's counts afterwards")
    @APIResponse(responseCode = "409", description = "The meeting belongs to no network, or is no longer PLANNED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-network", value = """
                            {"type": "http://localhost:8080/api/v1/docs/problems#conflict", "title": "Conflict", "status": 409,
                             "detail": "The meeting belongs to no network; set its networkId first",
                             "instance": "/api/v1/counties/08/meetings/6c2d8f14-3b7a-4e0c-9d51-7a2e4b9c0f83/invite-network"}
                            """)))
    public AttendanceService.Invitation inviteNetwork(@PathParam("id") UUID id) {
        return attendance.inviteNetwork(cc(), id);
    }

    @GET
    @Path("/{id}.ics")
    @Produces(CALENDAR)
    @CountyScoped
    @Extension(name = ApiDocumentation.RATE_LIMITED, value = "calendars")
    @Operation(operationId = "getMeetingCalendar", summary = "A meeting as iCalendar",
            description = "One VEVENT (RFC 5545): UID stable, SEQUENCE the meeting's version, times in UTC, STATUS:CANCELLED"
                    + " once cancelled. Send the ETag back in If-None-Match to be told 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The meeting as a calendar",
            headers = @Header(name = "ETag", description = "Changes whenever the calendar does",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "meeting", value = MeetingCalendarResource.EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag",
            headers = @Header(name = "ETag", description = "The calendar's current ETag", schema = @Schema(type = SchemaType.STRING)))
    public Response ics(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        MeetingCalendar.Ics ics = calendar.ofMeeting(cc(), id);
        return Responses.conditional(headers, ics.etag(), ics.text(), CALENDAR);
    }
}
