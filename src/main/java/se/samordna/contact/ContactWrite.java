package se.samordna.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.ImportableWrite;

/** What a client writes to create or replace a contact. */
@Schema(name = "ContactWrite")
public record ContactWrite(
        @NotBlank @Size(max = 200) @Schema(examples = "Karin Åberg") String name,
        // one constraint, so that a bad address is one fault: well formed, and its domain has a dot (karin@kalmar
        // is well formed to Hibernate Validator, and reaches no one)
        @Email(regexp = EMAIL, message = "must be an e-mail address such as karin.aberg@kalmar.se, its domain with a dot")
        @Size(max = 254) @Schema(pattern = EMAIL, examples = "karin.aberg@kalmar.se") String email,
        @Pattern(regexp = "^\\+?(?:[ ()-]*[0-9]){5,}[ ()-]*$", message = "must be a phone number: at least five digits, with spaces, ()- and an optional leading +")
        @Size(max = 30) @Schema(maxLength = 30, examples = "+46 480-45 00 00") String phone,
        @Schema(description = "The organisation the person works for; must be one of the county's") UUID organisationId,
        @Size(max = 200) @Schema(examples = "Brottsförebyggande samordnare") String title,
        @Pattern(regexp = "^[A-Za-z0-9._@-]{1,255}$", message = "must be a user name of the realm: letters, digits and . _ @ -")
        @Schema(maxLength = 255, description = "The login (user name in the realm) that acts as this contact: a member with this user name "
                + "answers surveys, registers attendance and files requests for the contact's organisation. At most one "
                + "contact per login and county.", examples = "karin.aberg")
        String loginUsername,
        @Size(max = 100) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$", message = "must not contain control characters")
        @Schema(description = "The object's key in the system it comes from: optional, unique per county; an import "
                + "updates the object that carries it", examples = "kalmar-person-1042")
        String externalId) implements ImportableWrite {

    /** What an e-mail address must also match: a local part, an at sign, and a domain with a dot. */
    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
}
