package se.samordna.support;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.audit.Actor;

/** One move of a request through its workflow. */
@Schema(name = "Transition")
public record TransitionView(
        UUID id,
        UUID requestId,
        @Schema(examples = "TRIAGE") TransitionAction action,
        @Schema(examples = "SUBMITTED") RequestStatus fromStatus,
        @Schema(examples = "TRIAGED") RequestStatus toStatus,
        @Schema(maxLength = 2000, nullable = true, examples = "Vi tar det på nätverksträffen i december.") String comment,
        Actor actor,
        Instant occurredAt) {

    static TransitionView of(SupportTransition t) {
        return new TransitionView(t.id, t.requestId, t.action, t.fromStatus, t.toStatus, t.comment,
                new Actor(t.actorSubject, t.actorName, null), t.occurredAt);
    }
}
