package se.samordna.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who made a change: the token's subject, user name and client, or the system itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Actor")
public record Actor(
        @Schema(maxLength = 255, description = "Token subject (stable user or service-account id)", examples = "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10") String subject,
        @Schema(maxLength = 255, nullable = true, description = "User name at the time of the change", examples = "coordinator-08") String name,
        @Schema(maxLength = 255, nullable = true, description = "OIDC client the token was issued to", examples = "samordna-cli") String client) {

    /** Changes the application makes itself, such as loading demo data. */
    public static final Actor SYSTEM = new Actor("system", "samordna", null);
}
