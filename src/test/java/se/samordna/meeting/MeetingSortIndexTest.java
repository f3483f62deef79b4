package se.samordna.meeting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import se.samordna.testing.SortIndexContract;

@QuarkusTest
@DisplayName("Meetings: every sort the list offers is served by an index")
class MeetingSortIndexTest extends SortIndexContract {

    MeetingSortIndexTest() {
        super("meeting", MeetingService.SORTABLE.values(), null);
    }
}
