package se.samordna.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.audit.HistoryEntry;

/** A slice of a county's change feed and the cursor to ask for the next one with. */
@Schema(name = "ChangeFeedPage")
public record ChangeFeedPage(
        @Schema(maxItems = ChangeFeedResource.MAX_LIMIT, description = "The events after the cursor asked with, oldest first; each one's sequence is its cursor")
        List<HistoryEntry> items,
        @Schema(maxLength = 19, description = "Ask with after= this next time: the sequence of the last event here, or the cursor asked with when there was none",
                examples = "1042") String next,
        @Schema(description = "True when more events were waiting beyond this slice: ask again at once") boolean hasMore) {
}
