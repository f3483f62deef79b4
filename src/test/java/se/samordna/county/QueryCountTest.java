package se.samordna.county;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

/**
 * Lists cost a fixed number of SQL statements however many rows a page holds: no query per row (N+1). Counted
 * with Hibernate's statistics, which the test profile switches on.
 */
@QuarkusTest
class QueryCountTest {

    private static final int ROWS = 12;


    @Test
    @DisplayName("GET /counties/08/contacts with 12 contacts of 12 organisations runs 2 statements; a full page 3")
    void shouldListContactsWithoutQueryPerRow() {
        String marker = marker();
        for (int i = 0; i < ROWS; i++) {
            String organisation = createOrganisation("08", "Förening " + marker + " " + i);
            createContact("08", body("name", "Person " + marker + " " + i, "organisationId", organisation,
                    "email", "p" + i + "@example.se"));
        }
        Tokens.of(Tokens.COORDINATOR_08);
        long statements = Statements.of(() -> as(Tokens.COORDINATOR_08).queryParam("q", marker)
                .queryParam("size", 50).get("/api/v1/counties/08/contacts")
                .then().statusCode(200)
                .body("totalItems", is(ROWS))
                .body("items.findAll { it.organisationName != null }.size()", is(ROWS)));
        // the page and the names of the organisations on it; the page is not full, so it needs no count
        assertTrue(statements == 2, "listing " + ROWS + " contacts ran " + statements + " statements");
        long full = Statements.of(() -> as(Tokens.COORDINATOR_08).queryParam("q", marker)
                .queryParam("size", 5).get("/api/v1/counties/08/contacts")
                .then().statusCode(200).body("totalItems", is(ROWS)).body("hasNext", is(true)));
        // a full page: the page, its count, the names
        assertTrue(full == 3, "a full page of contacts ran " + full + " statements");
    }

    @Test
    @DisplayName("GET /counties/08/organisations: 1 statement for a last page, 2 for a full page, 1 with total=false")
    void shouldListOrganisationsWithoutQueryPerRow() {
        String marker = marker();
        for (int i = 0; i < ROWS; i++) {
            createOrganisation("08", body("name", "Kommun " + marker + " " + i, "type", "MUNICIPALITY",
                    "municipalityCode", i % 2 == 0 ? "0880" : "0881"));
        }
        Tokens.of(Tokens.MEMBER_08);
        long statements = Statements.of(() -> as(Tokens.MEMBER_08).queryParam("q", marker)
                .get("/api/v1/counties/08/organisations")
                .then().statusCode(200)
                .body("totalItems", is(ROWS))
                .body("items.findAll { it.municipalityName != null }.size()", is(ROWS)));
        // the page alone: it is not full, so its rows are the total; municipality names come from reference data
        assertTrue(statements == 1, "listing " + ROWS + " organisations ran " + statements + " statements");
        long full = Statements.of(() -> as(Tokens.MEMBER_08).queryParam("q", marker).queryParam("size", 5)
                .get("/api/v1/counties/08/organisations")
                .then().statusCode(200).body("totalItems", is(ROWS)).body("totalPages", is(3))
                .body("hasNext", is(true)));
        assertTrue(full == 2, "a full page of organisations ran " + full + " statements (the page and its count)");
        long uncounted = Statements.of(() -> as(Tokens.MEMBER_08).queryParam("q", marker).queryParam("size", 5)
                .queryParam("total", false).get("/api/v1/counties/08/organisations")
                .then().statusCode(200).body("totalItems", is(nullValue())).body("hasNext", is(true))
                .body("items.size()", is(5)));
        assertTrue(uncounted == 1, "a page with total=false ran " + uncounted + " statements");
    }

    @Test
    @DisplayName("GET /counties/08/support-requests and one request: the organisations' names come in the same statement")
    void shouldReadSupportRequestsWithTheirOrganisationsInOneStatement() {
        String marker = marker();
        String request = null;
        for (int i = 0; i < ROWS; i++) {
            String organisation = createOrganisation("08", "Förening " + marker + " " + i);
            request = Fixtures.create("08", "support-requests", body("organisationId", organisation,
                    "topic", "SAFETY_SURVEY", "title", "Trygghetsmätning " + marker + " " + i,
                    "description", "Stöd att göra en trygghetsmätning i Åby", "priority", "LOW"));
        }
        Tokens.of(Tokens.COORDINATOR_08);
        long page = Statements.of(() -> as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 5)
                .queryParam("total", false).get("/api/v1/counties/08/support-requests")
                .then().statusCode(200)
                .body("items.findAll { it.organisationName.startsWith('Förening ') }.size()", is(5)));
        assertTrue(page == 1, "a page of support requests ran " + page + " statements");
        String id = request;
        long one = Statements.of(() -> as(Tokens.COORDINATOR_08).get("/api/v1/counties/08/support-requests/" + id)
                .then().statusCode(200).body("organisationName", is("Förening " + marker + " " + (ROWS - 1))));
        assertTrue(one == 1, "one support request ran " + one + " statements");
    }

    @Test
    @DisplayName("GET …/networks/{id}/memberships with 12 members of 12 organisations runs 2 statements; its reach 3")
    void shouldListMembershipsWithoutQueryPerRow() {
        String marker = marker();
        String network = Fixtures.create("08", "networks", body("name", "Nätverk " + marker, "status", "ACTIVE"));
        for (int i = 0; i < ROWS; i++) {
            String organisation = createOrganisation("08", body("name", "Kommun " + marker + " " + i,
                    "type", "MUNICIPALITY", "municipalityCode", i % 2 == 0 ? "0880" : "0881"));
            Fixtures.create("08", "networks/" + network + "/memberships", body("contactId",
                    createContact("08", body("name", "Person " + marker + " " + i, "organisationId", organisation)),
                    "role", "MEMBER", "joinedOn", "2024-01-01"));
        }
        Tokens.of(Tokens.MEMBER_08);
        long statements = Statements.of(() -> as(Tokens.MEMBER_08).queryParam("size", 50)
                .get("/api/v1/counties/08/networks/" + network + "/memberships")
                .then().statusCode(200)
                .body("totalItems", is(ROWS))
                .body("items.findAll { it.organisationName != null && it.contactName != null }.size()", is(ROWS)));
        // the network and the page with the names joined (not full, so no count)
        assertTrue(statements == 2, "listing " + ROWS + " members ran " + statements + " statements");
        long reach = Statements.of(() -> as(Tokens.MEMBER_08)
                .get("/api/v1/counties/08/networks/" + network + "/reach")
                .then().statusCode(200).body("members", is(ROWS)));
        // the network, members by type, members by municipality
        assertTrue(reach == 3, "the reach of " + ROWS + " members ran " + reach + " statements");
    }
}
