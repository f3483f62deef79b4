package se.samordna.support;

import se.samordna.county.NeedCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;

/** A support request as the API answers it. */
@Schema(name = "SupportRequest")
public record SupportRequestView(
        UUID id,
        @Schema(maxLength = 2, examples = "08") String countyCode,
        UUID organisationId,
        @Schema(maxLength = 200, examples = "Kalmar kommun") String organisationName,
        @Schema(examples = "LOCAL_PROBLEM_PICTURE") SupportTopic topic,
        @Schema(maxLength = 200, examples = "Stöd med lokal problembild för Norrliden") String title,
        @Schema(maxLength = 10000, nullable = true) String description,
        @Schema(examples = "NORMAL") SupportPriority priority,
        @Schema(description = "Changed only by transitions", examples = "SUBMITTED") RequestStatus status,
        @Schema(nullable = true, examples = "2026-12-15") LocalDate dueOn,
        @Schema(description = "The due date has passed (Swedish time) and the request is still open") boolean overdue,
        @Schema(maxLength = 36, nullable = true, description = "Token subject of the coordinator who works it") String assigneeSubject,
        @Schema(maxItems = 8) List<NeedCategory> needCategories,
        @Schema(maxLength = 255, nullable = true, description = "Token subject of who filed it") String filedBy,
        @Schema(maxLength = 255, nullable = true, description = "User name of who filed it", examples = "member-08") String filedByName,
        @Schema(maxLength = 100, nullable = true, description = "Its key in the system it was imported from", examples = "kalmar-stod-2026-017") String externalId,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(maxLength = 255) String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255) String updatedBy) implements Versioned {

    static SupportRequestView of(SupportRequest r, String organisationName, LocalDate today) {
        return new SupportRequestView(r.id, r.countyCode, r.organisationId, organisationName, r.topic, r.title,
                r.description, r.priority, r.status, r.dueOn, r.isOverdue(today), r.assigneeSubject,
                r.needCategories.stream().map(NeedCategory::valueOf).toList(), r.filedBy, r.filedByName, r.externalId, r.version,
                r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
    }
}
