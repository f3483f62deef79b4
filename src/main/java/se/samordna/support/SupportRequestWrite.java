package se.samordna.support;

import se.samordna.county.NeedCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.ImportableWrite;

/**
 * What a client writes to file or replace a support request. The status is not written here: it changes only by
 * the workflow's transitions.
 */
@Schema(name = "SupportRequestWrite")
public record SupportRequestWrite(
        @Schema(description = "The requesting organisation, one of the county's. Coordinators must name it; a member "
                + "may leave it out and files for the organisation of the contact its login is linked to, and no other")
        UUID organisationId,
        @NotNull @Schema(examples = "LOCAL_PROBLEM_PICTURE") SupportTopic topic,
        @NotBlank @Size(max = 200) @Schema(examples = "Stöd med lokal problembild för Norrliden") String title,
        @NotBlank @Size(max = 10000)
        @Schema(examples = "Vi vill ta fram en lokal problembild för Norrliden tillsammans med kommunpolisen och behöver stöd med metod och underlag.")
        String description,
        @NotNull @Schema(examples = "NORMAL") SupportPriority priority,
        @Schema(description = "When the requester needs an answer by", examples = "2026-12-15") LocalDate dueOn,
        @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                message = "must be the token subject (a UUID) of a coordinator of the county")
        @Schema(maxLength = 36, description = "Coordinators only: the token subject of the coordinator who works the request. The "
                + "API checks its form (a Keycloak subject is a UUID) but cannot list the realm's users, so it cannot "
                + "check that the subject is a coordinator of the county. A member may leave it out or repeat the "
                + "current value; anything else is 403.", examples = "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10")
        String assigneeSubject,
        @Size(max = 8) @Schema(description = "The needs-survey categories the request answers", examples = "[\"LOCAL_PROBLEM_PICTURE\", \"METHOD_SUPPORT\"]")
        List<@NotNull NeedCategory> needCategories,
        @Size(max = 100) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$", message = "must not contain control characters")
        @Schema(description = "The request's key in the system it comes from: optional, unique per county; an import "
                + "updates the request that carries it while it is SUBMITTED", examples = "kalmar-stod-2026-017")
        String externalId) implements ImportableWrite {
}
