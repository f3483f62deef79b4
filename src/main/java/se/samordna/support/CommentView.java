package se.samordna.support;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.audit.Actor;
import se.samordna.county.Versioned;

/** A comment on a request as the API answers it: a county object like any other, at version 0 for good. */
@Schema(name = "Comment")
public record CommentView(
        UUID id,
        @Schema(maxLength = 2, examples = "08") String countyCode,
        UUID requestId,
        @Schema(maxLength = 10000, examples = "Vi har bokat ett första möte den 3 december.") String text,
        @Schema(description = "An internal note: coordinators only") boolean internal,
        @Schema(description = "Written by a coordinator of the county") boolean byCoordinator,
        Actor author,
        @Schema(description = "A comment is never changed: always 0") long version,
        Instant createdAt,
        @Schema(maxLength = 255) String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255) String updatedBy) implements Versioned {

    static CommentView of(SupportComment c) {
        return new CommentView(c.id, c.countyCode, c.requestId, c.text, c.internal, c.byCoordinator,
                new Actor(c.createdBy, c.authorName, null), c.version, c.createdAt, c.createdBy, c.updatedAt,
                c.updatedBy);
    }
}
