package se.samordna.contact;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;

/** A contact as the API answers it; e-mail and phone only for the county's coordinators and integrations. */
@Schema(name = "Contact")
public record ContactView(
        UUID id,
        @Schema(maxLength = 2, examples = "08") String countyCode,
        @Schema(maxLength = 200, examples = "Karin Åberg") String name,
        @Schema(maxLength = 254, nullable = true, description = "Null for members", examples = "karin.aberg@kalmar.se") String email,
        @Schema(maxLength = 30, nullable = true, description = "Null for members", examples = "+46 480-45 00 00") String phone,
        @Schema(nullable = true) UUID organisationId,
        @Schema(maxLength = 200, nullable = true, examples = "Kalmar kommun") String organisationName,
        @Schema(maxLength = 200, nullable = true, examples = "Brottsförebyggande samordnare") String title,
        @Schema(maxLength = 255, nullable = true, description = "The login linked to this contact; null for members", examples = "karin.aberg") String loginUsername,
        @Schema(maxLength = 100, nullable = true, description = "Its key in the system it was imported from, which identifies the person too (erased with the contact); null for members", examples = "kalmar-person-1042") String externalId,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(maxLength = 255) String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255) String updatedBy) implements Versioned {

    static ContactView of(Contact c, String organisationName, boolean withPersonalData) {
        return new ContactView(c.id, c.countyCode, c.name,
                withPersonalData ? c.email : null, withPersonalData ? c.phone : null,
                c.organisationId, organisationName, c.title, withPersonalData ? c.loginUsername : null,
                withPersonalData ? c.externalId : null,
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }

    ContactWrite toWrite() {
        return new ContactWrite(name, email, phone, organisationId, title, loginUsername, externalId);
    }
}
