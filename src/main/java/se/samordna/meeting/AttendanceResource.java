package se.samordna.meeting;

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

/** Who is invited to, registered for, attended or was absent from a meeting. */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/meetings/{meetingId}/attendance")
@Tag(name = "Attendance", description = "A meeting's list: contacts invited, registered, attended or absent. Members"
        + " register and cancel their own attendance (the contact their login is linked to) while the meeting is"
        + " PLANNED; coordinators write anyone's, and ATTENDED or ABSENT once it is HELD.",
        extensions = {
                @Extension(name = ApiDocumentation.ONE, value = "an attendance"),
                @Extension(name = ApiDocumentation.EXAMPLE, parseValue = true, value = """
                        {"id": "2e9b4c71-8a3d-4f60-b5e2-9c1d7a0f3b48", "countyCode": "08",
                         "meetingId": "6c2d8f14-3b7a-4e0c-9d51-7a2e4b9c0f83",
                         "contactId": "9a7e3c51-2f4d-4b8a-a1c6-0d5e8f9b2c34", "contactName": "Karin Åberg",
                         "status": "REGISTERED", "version": 0,
                         "createdAt": "2026-11-02T09:15:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
                         "updatedAt": "2026-11-02T09:15:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
                        """),
                @Extension(name = ApiDocumentation.WRITE_EXAMPLE, parseValue = true,
                        value = "{\"contactId\": \"9a7e3c51-2f4d-4b8a-a1c6-0d5e8f9b2c34\", \"status\": \"REGISTERED\"}"),
                @Extension(name = ApiDocumentation.PATCH_EXAMPLE, parseValue = true, value = "{\"status\": \"ATTENDED\"}"),
                @Extension(name = ApiDocumentation.DELETE_NOTE,
                        value = "A member cancels its own attendance this way, while the meeting is PLANNED."),
                @Extension(name = ApiDocumentation.WRITE_CONFLICT, value = "The contact is on the list already, the"
                        + " meeting is CANCELLED (or, for a member, no longer PLANNED), or ATTENDED or ABSENT is set before"
                        + " the meeting is HELD"),
                @Extension(name = ApiDocumentation.DELETE_CONFLICT,
                        value = "The meeting is CANCELLED, or (for a member) no longer PLANNED") })
@CountyRights(create = { CountyRole.COORDINATOR, CountyRole.MEMBER },
        change = { CountyRole.COORDINATOR, CountyRole.MEMBER },
        delete = { CountyRole.COORDINATOR, CountyRole.MEMBER })
public class AttendanceResource extends CountyResourceEndpoint<AttendanceWrite, AttendanceView> {

    @PathParam("meetingId")
    @Parameter(description = "The meeting", example = "6c2d8f14-3b7a-4e0c-9d51-7a2e4b9c0f83")
    UUID meetingId;

    private final AttendanceService service;

    AttendanceResource(AttendanceService service) {
        this.service = service;
    }

    @Override
    protected AttendanceService service() {
        return service;
    }

    @Override
    protected UUID parentId() {
        return meetingId;
    }

    @GET
    @CountyScoped
    @Operation(operationId = "listAttendance", summary = "List a meeting's attendance",
            description = "Oldest first unless told otherwise; sortable by status, createdAt, updatedAt. A member"
                    + " registering answers 403 unless the contactId is its own linked contact and the status REGISTERED,"
                    + " and 403 (no-linked-contact) when its login is linked to no contact of the county.")
    @APIResponse(responseCode = "200", description = "A page of the meeting's list")
    public Page<AttendanceView> list(
            @QueryParam("status") @Parameter(description = "Only this status",
                    schema = @Schema(implementation = AttendanceStatus.class)) String status,
            @QueryParam("contactId") @Parameter(description = "Only this contact's row",
                    schema = @Schema(implementation = UUID.class)) String contactId,
            @BeanParam PageParams paging) {
        return service.list(cc(), meetingId, new AttendanceService.Filter(
                QueryParams.enumValue("status", status, AttendanceStatus.class),
                QueryParams.uuid("contactId", contactId)), paging);
    }
}
