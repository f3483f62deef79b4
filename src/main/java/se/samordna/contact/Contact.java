package se.samordna.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import se.samordna.county.ImportableEntity;

/**
 * A person the county works with. Deleting one erases the personal data but keeps the row, so that counts of
 * members and attendance stay true.
 */
@Entity
@Table(name = "contact")
public class Contact extends ImportableEntity {

    public static final String RESOURCE_TYPE = "contact";

    /** The fields that are personal data: erased on delete, from the row and from its history. */
    static final List<String> PERSONAL_FIELDS = List.of("name", "email", "phone", "title", "loginUsername",
            "externalId");

    public String name;

    public String email;

    public String phone;

    public String title;

    @Column(name = "organisation_id")
    public UUID organisationId;

    /** The user name of the login that acts as this contact (the token's {@code preferred_username}). */
    @Column(name = "login_username")
    public String loginUsername;

    @Column(name = "erased_at")
    public Instant erasedAt;

    /** A login as a contact keeps it: Keycloak keeps user names in lower case; blank is none. */
    public static String login(String loginUsername) {
        return loginUsername == null || loginUsername.isBlank() ? null : loginUsername.strip().toLowerCase(Locale.ROOT);
    }

    void erase(Instant at) {
        name = null;
        email = null;
        phone = null;
        title = null;
        // an erased contact reads as 404 everywhere; its link would only keep the organisation from being deleted
        organisationId = null;
        loginUsername = null;
        // the key of the person in another system identifies the person too
        externalId = null;
        erasedAt = at;
    }
}
