package se.samordna.support;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.audit.Actor;

/** A comment on a request as the API answers it. */
@Schema(name = "Comment")
public record CommentView(
        UUID id,
        UUID requestId,
        @Schema(examples = "Vi har bokat ett första möte den 3 december.") String text,
        @Schema(description = "An internal note: coordinators (and the county's integration) only") boolean internal,
        @Schema(description = "Written by a coordinator of the county") boolean byCoordinator,
        Actor author,
        Instant createdAt) {

    static CommentView of(SupportComment c) {
        return new CommentView(c.id, c.requestId, c.text, c.internal, c.byCoordinator,
                new Actor(c.createdBy, c.authorName, null), c.createdAt);
    }
}
