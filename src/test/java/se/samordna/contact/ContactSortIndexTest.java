package se.samordna.contact;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import se.samordna.testing.SortIndexContract;

@QuarkusTest
@DisplayName("Contacts (those not erased): every sort the list offers is served by an index")
class ContactSortIndexTest extends SortIndexContract {

    ContactSortIndexTest() {
        super("contact", ContactService.SORTABLE.values(), "erased_at is null");
    }
}
