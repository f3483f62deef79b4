package se.samordna.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.samordna.testing.Operation.CREATE;
import static se.samordna.testing.Operation.DELETE;
import static se.samordna.testing.Operation.GET;
import static se.samordna.testing.Operation.HISTORY;
import static se.samordna.testing.Operation.LIST;
import static se.samordna.testing.Operation.PATCH;
import static se.samordna.testing.Operation.REPLACE;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.CountyResourceContract.Outcome;

/**
 * The table of rights says what the design says, and the contract turns it into the answers it expects of resources
 * that do not exist yet (support requests, their comments and transitions, attendance) as it does for organisations.
 */
class RightsTest {

    static Outcome member(String resource, Operation operation) {
        Rights.Row row = Rights.of(resource);
        String parent = resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : "";
        return CountyResourceContract.outcomeOf(row, parent, row.member(operation), operation);
    }

    @Test
    @DisplayName("the table has a row for every county resource of the design")
    void shouldKnowEveryResourceOfTheDesign() {
        assertEquals(Set.of("organisations", "contacts", "surveys", "surveys/responses", "networks",
                "networks/memberships", "meetings", "meetings/attendance", "meetings/invite-network",
                "support-requests",
                "support-requests/transitions", "support-requests/comments", "imports"), Rights.resources());
        assertThrows(IllegalStateException.class, () -> Rights.of("budgets"));
    }

    @Test
    @DisplayName("imports are the coordinators' and the importer's: a member may neither import nor read reports")
    void shouldKeepImportsToCoordinatorsAndTheImporter() {
        for (Operation operation : Operation.values()) {
            assertEquals(Rights.Scope.NONE, Rights.of("imports").member(operation), "member " + operation);
        }
        for (Operation operation : Set.of(CREATE, LIST, GET)) {
            assertEquals(Rights.Scope.ANY, Rights.of("imports").importer(operation), "importer " + operation);
        }
        assertEquals(Rights.Scope.NONE, Rights.of("imports").importer(DELETE));
    }

    @Test
    @DisplayName("a member reads organisations and contacts, without a contact's e-mail, phone, login or externalId, and writes neither")
    void shouldLetMembersReadOrganisationsAndContacts() {
        for (String resource : Set.of("organisations", "contacts")) {
            assertEquals(Outcome.ALLOWED, member(resource, LIST));
            assertEquals(Outcome.ALLOWED, member(resource, GET));
            for (Operation write : Set.of(CREATE, REPLACE, PATCH, DELETE, HISTORY)) {
                assertEquals(Outcome.FORBIDDEN, member(resource, write), resource + " " + write);
            }
        }
        assertEquals(Set.of("email", "phone", "loginUsername", "externalId"), Rights.of("contacts").fieldsHiddenFromMember());
    }

    @Test
    @DisplayName("a member reads networks and their memberships, and writes neither")
    void shouldLetMembersReadNetworksAndMemberships() {
        for (String resource : Set.of("networks", "networks/memberships")) {
            assertEquals(Outcome.ALLOWED, member(resource, LIST));
            assertEquals(Outcome.ALLOWED, member(resource, GET));
            for (Operation write : Set.of(CREATE, REPLACE, PATCH, DELETE, HISTORY)) {
                assertEquals(Outcome.FORBIDDEN, member(resource, write), resource + " " + write);
            }
            assertEquals(Rights.Scope.ANY, Rights.of(resource).importer(HISTORY), resource);
            assertEquals(Rights.Scope.NONE, Rights.of(resource).importer(CREATE), resource);
        }
        assertEquals(Set.of(), Rights.of("networks").fieldsHiddenFromMember());
        // a membership carries no contact details for anyone, so there is no field to hide from a member
        assertEquals(Set.of(), Rights.of("networks/memberships").fieldsHiddenFromMember());
    }

    @Test
    @DisplayName("a support request another filed is 404 to a member and unlisted; filing for another is 403")
    void shouldKeepSupportRequestsToTheirFiler() {
        assertEquals(Outcome.UNLISTED, member("support-requests", LIST));
        assertEquals(Outcome.NOT_FOUND, member("support-requests", GET));
        assertEquals(Outcome.FORBIDDEN, member("support-requests", CREATE));
        assertEquals(Outcome.NOT_FOUND, member("support-requests", PATCH));
        assertEquals(Outcome.NOT_FOUND, member("support-requests", HISTORY), "its own history only");
        assertEquals(Outcome.FORBIDDEN, member("support-requests", DELETE), "deleting is the coordinators'");
        // under a request the member did not file, its comments and transitions are 404 whatever the operation
        for (Operation operation : Operation.values()) {
            Outcome expected = Rights.of("support-requests/comments").member(operation) == Rights.Scope.NONE
                    ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
            assertEquals(expected, member("support-requests/comments", operation), "comments " + operation);
        }
        assertEquals(Set.of("REOPEN"), Rights.of("support-requests/transitions").memberValues().get("action"));
        assertEquals("internal comments", Rights.of("support-requests/comments").rowsHiddenFromOthers());
    }

    @Test
    @DisplayName("a member answers only its own organisation's survey responses, and changes only its own attendance")
    void shouldKeepResponsesAndAttendanceToTheirOwner() {
        assertEquals(Outcome.ALLOWED, member("surveys", GET));
        assertEquals(Outcome.UNLISTED, member("surveys/responses", LIST));
        assertEquals(Outcome.NOT_FOUND, member("surveys/responses", GET));
        assertEquals(Outcome.FORBIDDEN, member("surveys/responses", DELETE));
        assertEquals(Set.of("SELF"), Rights.of("surveys/responses").memberValues().get("mode"),
                "a member sends SELF responses; interviews are the coordinators'");
        assertEquals("DRAFT surveys", Rights.of("surveys").rowsHiddenFromOthers(), "a DRAFT is 404 to members");
        assertEquals(Outcome.ALLOWED, member("meetings/attendance", GET));
        assertEquals(Outcome.FORBIDDEN, member("meetings/attendance", PATCH), "visible, but not its own: 403");
        assertEquals(Outcome.FORBIDDEN, member("networks/memberships", CREATE));
        assertEquals(Outcome.FORBIDDEN, member("meetings/invite-network", CREATE),
                "inviting the whole network is the coordinators'");
    }
}
