package se.samordna.organisation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import se.samordna.testing.SortIndexContract;

@QuarkusTest
@DisplayName("Organisations: every sort the list offers is served by an index")
class OrganisationSortIndexTest extends SortIndexContract {

    OrganisationSortIndexTest() {
        super("organisation", OrganisationService.SORTABLE.values(), null);
    }
}
