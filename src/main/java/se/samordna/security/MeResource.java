package se.samordna.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.contact.LinkedContacts;
import se.samordna.contact.LinkedContacts.LinkedContact;
import se.samordna.region.ReferenceData;
import se.samordna.web.Problem;

/** Tells a frontend who is calling and what it may do in which county. */
@Path("/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The caller")
@SecurityRequirement(name = "bearer")
public class MeResource {

    private final Caller caller;
    private final ReferenceData referenceData;
    private final LinkedContacts linkedContacts;

    MeResource(Caller caller, ReferenceData referenceData, LinkedContacts linkedContacts) {
        this.caller = caller;
        this.referenceData = referenceData;
        this.linkedContacts = linkedContacts;
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who am I",
            description = "The caller's identity, roles, and per county its roles and the contact (and organisation) its login acts as.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeView.class),
            examples = @ExampleObject(name = "coordinator-0810", value = """
                    {"subject": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10", "username": "coordinator-0810",
                     "name": "Åsa Lindqvist", "client": "samordna-cli",
                     "roles": ["county-08-coordinator", "county-10-coordinator"],
                     "nationalAnalyst": false, "admin": false,
                     "counties": [{"countyCode": "08", "countyName": "Kalmar län", "roles": ["COORDINATOR"],
                                   "contact": {"contactId": "9a7e3c51-2f4d-4b8a-a1c6-0d5e8f9b2c34",
                                               "contactName": "Åsa Lindqvist",
                                               "organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11",
                                               "organisationName": "Länsstyrelsen i Kalmar län"}},
                                  {"countyCode": "10", "countyName": "Blekinge län", "roles": ["COORDINATOR"],
                                   "contact": null}]}
                    """)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeView me() {
        List<String> known = caller.counties().keySet().stream().filter(referenceData::countyExists).toList();
        Map<String, LinkedContact> contacts = linkedContacts.in(known);
        List<MeView.CountyAccess> counties = known.stream()
                .map(cc -> new MeView.CountyAccess(cc, referenceData.countyName(cc), caller.rolesIn(cc),
                        contacts.get(cc)))
                .toList();
        // the roles this API knows: those of real counties, and the national ones; never more than 21 × 3 + 2
        java.util.Set<String> roles = new java.util.TreeSet<>();
        caller.roles().stream().filter(role -> Caller.NATIONAL_ANALYST.equals(role) || Caller.ADMIN.equals(role)
                || CountyRole.parse(role).map(grant -> referenceData.countyExists(grant.countyCode())).orElse(false))
                .forEach(roles::add);
        return new MeView(caller.subject(), caller.name(), caller.displayName(), caller.client(), roles,
                caller.hasRole(Caller.NATIONAL_ANALYST), caller.hasRole(Caller.ADMIN), counties);
    }
}
