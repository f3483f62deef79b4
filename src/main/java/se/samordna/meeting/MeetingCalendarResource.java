package se.samordna.meeting;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import se.samordna.web.ApiDocumentation;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.security.CountyScoped;
import se.samordna.web.QueryParams;
import se.samordna.web.Responses;

/** The county's meetings of a period as one iCalendar, for the calendar clients of county intranets. */
@Authenticated
@Produces(MeetingResource.CALENDAR)
@Path("/counties/{cc}/meetings.ics")
@Tag(name = "Meetings")
@SecurityRequirement(name = "bearer")
public class MeetingCalendarResource {

    static final String EXAMPLE = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Samordna//Samordna API 08//SV
            BEGIN:VEVENT
            UID:6c2d8f14-3b7a-4e0c-9d51-7a2e4b9c0f83@samordna.se
            DTSTAMP:20261102T091500Z
            CREATED:20261102T091500Z
            LAST-MODIFIED:20261102T091500Z
            SEQUENCE:0
            DTSTART:20261203T080000Z
            DTEND:20261203T110000Z
            SUMMARY:Nätverksträff: trygghet i centrum
            DESCRIPTION:Tema: Situationell prevention i stadskärnan
            LOCATION:Länsstyrelsen\\, Regeringsgatan 1\\, Kalmar
            STATUS:CONFIRMED
            CATEGORIES:NETWORK_MEETING
            END:VEVENT
            END:VCALENDAR
            """;

    @PathParam("cc")
    @Parameter(description = "Two-digit county code", example = "08")
    String cc;

    private final MeetingCalendar calendar;

    MeetingCalendarResource(MeetingCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @CountyScoped
    @Extension(name = ApiDocumentation.RATE_LIMITED, value = "calendars")
    @Operation(operationId = "getCountyMeetingsCalendar", summary = "The county's meetings as iCalendar",
            description = "One VEVENT per meeting that starts in the period (RFC 5545): UIDs stable, SEQUENCE the meeting's"
                    + " version, times in UTC, cancelled meetings STATUS:CANCELLED. Without from and to: three months back"
                    + " and a year ahead; with one bound only, from is three months before today or before to, whichever"
                    + " is earlier, and to a year after today or after from, whichever is later (only to=2020-01-31: from"
                    + " 2019-10-31). Calendar clients subscribe with a bearer token; send the ETag back in"
                    + " If-None-Match to be told 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The meetings as a calendar",
            headers = @Header(name = "ETag", description = "Changes whenever the calendar does",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MeetingResource.CALENDAR, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "meetings", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag",
            headers = @Header(name = "ETag", description = "The calendar's current ETag", schema = @Schema(type = SchemaType.STRING)))
    public Response ics(
            @QueryParam("from") @Parameter(description = "Meetings starting on or after this day (Swedish time)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-09-01") String from,
            @QueryParam("to") @Parameter(description = "Meetings starting on or before this day (Swedish time)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2027-06-30") String to,
            @QueryParam("networkId") @Parameter(description = "Only this network's meetings",
                    schema = @Schema(implementation = UUID.class)) String networkId,
            @Context HttpHeaders headers) {
        MeetingCalendar.Ics ics = calendar.ofPeriod(cc, QueryParams.date("from", from),
                QueryParams.date("to", to), QueryParams.uuid("networkId", networkId));
        return Responses.conditional(headers, ics.etag(), ics.text(), MeetingResource.CALENDAR);
    }
}
