package se.samordna.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of an object in its history. */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
        @Schema(description = "Position in the county's change sequence; strictly increasing", examples = "1042") long sequence,
        @Schema(maxLength = 40, examples = "organisation") String resourceType,
        UUID resourceId,
        ChangeAction action,
        @Schema(description = "The object's version after this change", examples = "2") long version,
        Actor actor,
        Instant occurredAt,
        @Schema(nullable = true, type = SchemaType.OBJECT, description = "The object as it was after the change, in the shape a GET answers (absent after a delete; personal data of erased contacts removed)",
                examples = "{\"name\": \"Kalmar kommun\", \"type\": \"MUNICIPALITY\", \"municipalityCode\": \"0880\"}")
        Object state) {

    static HistoryEntry of(ChangeEvent e) {
        return new HistoryEntry(e.seq, e.resourceType, e.resourceId, e.action, e.version,
                new Actor(e.actorSubject, e.actorName, e.actorClient), e.occurredAt, e.state);
    }
}
