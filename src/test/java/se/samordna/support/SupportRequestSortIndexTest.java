package se.samordna.support;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import se.samordna.testing.SortIndexContract;

@QuarkusTest
@DisplayName("Support requests: every sort the list offers is served by an index")
class SupportRequestSortIndexTest extends SortIndexContract {

    SupportRequestSortIndexTest() {
        super("support_request", SupportRequestService.SORTABLE.values(), null);
    }
}
