package se.samordna.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.linkedContactOf;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/**
 * A meeting's attendance list on the shared contract (rights from the table: members read every row and register,
 * accept or cancel only their own; the importer reads), plus its own rules: a member registers only its linked
 * contact, ATTENDED and ABSENT once the meeting is HELD, a contact once per list, a cancelled meeting's list closed.
 */
@QuarkusTest
@DisplayName("Attendance")
@CountyResource(parent = "meetings", collection = "attendance", noun = "attendance", nameField = "")
class AttendanceResourceTest extends CountyResourceContract {

    @Inject
    DataSource dataSource;

    /** The test's Kalmar meeting ({@link #kalmarParentId}) and the guest on its list: the contract's Kalmar object. */
    String meetingId;
    String guestContact;
    String guestRow;

    /**
     * Contacts of each county that {@link #validWrite()} names in turn, made once for the class: the contract calls
     * validWrite() after taking its snapshot of what was written, so it may not write a contact itself. Every test
     * has a new meeting, and no test writes more than eight rows with them, so none is on its list twice.
     */
    private static final Map<String, List<String>> CONTACTS = Map.of("08", new ArrayList<>(), "10", new ArrayList<>());
    private int nextContact;

    @Override
    protected String newParent(String countyCode) {
        return Fixtures.create(countyCode, "meetings", MeetingResourceTest.planned("Nätverksträff " + marker()));
    }

    @Override
    protected Write newKalmarObject() {
        meetingId = kalmarParentId;
        nextContact = 0;
        synchronized (CONTACTS) {
            CONTACTS.forEach((county, contacts) -> {
                while (contacts.size() < 8) {
                    contacts.add(createContact(county, body("name", "Deltagare " + marker())));
                }
            });
        }
        guestContact = createContact("08", body("name", "Gäst " + marker()));
        return Write.of(body("contactId", guestContact, "status", "INVITED"))
                .answering("meetingId", equalTo(kalmarParentId))
                .answering("contactName", notNullValue());
    }

    @Override
    protected Map<String, Object> validWrite() {
        return validWrite("08");
    }

    /** A contact of the county, another each call, REGISTERED: in Blekinge a Blekinge contact (a Kalmar one is 400). */
    @Override
    protected Map<String, Object> validWrite(String countyCode) {
        List<String> contacts = CONTACTS.get(countyCode);
        return body("contactId", contacts.get(nextContact++ % contacts.size()), "status", "REGISTERED");
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body("contactId", createContact(countyCode, body("name", name)), "status", "INVITED");
    }

    @Override
    protected Write fullCreate() {
        return Write.of(body("contactId", createContact("08", body("name", "Örjan Ängström " + marker())),
                "status", "REGISTERED"));
    }

    /** The guest's row corrected to another contact, who registered. */
    @Override
    protected Write replacement() {
        return Write.of(body("contactId", createContact("08", body("name", "Åsa Lind " + marker())),
                "status", "REGISTERED"));
    }

    @Override
    protected Write changingPatch() {
        return Write.of(body("status", "REGISTERED"));
    }

    /**
     * The design's attendance has no optional field (contactId and status are both required), so there is nothing a
     * null could remove: the second patch moves the status back, and a null is refused ({@link #badPatches()}).
     */
    @Override
    protected Write removingPatch() {
        return Write.of(body("status", "INVITED"));
    }

    @Override
    protected Stream<Arguments> badBodies() {
        return Stream.of(
                arguments(named("no contactId", "{\"status\": \"INVITED\"}"), "contactId"),
                arguments(named("no status", "{\"contactId\": \"{contact}\"}"), "status"),
                arguments(named("\"status\": \"MAYBE\"", "{\"contactId\": \"{contact}\", \"status\": \"MAYBE\"}"),
                        "status"),
                arguments(named("a contactId that is no UUID", "{\"contactId\": \"karin\", \"status\": \"INVITED\"}"),
                        "contactId"),
                arguments(named("an unknown contact", "{\"contactId\": \"" + UUID.randomUUID()
                        + "\", \"status\": \"INVITED\"}"), "contactId"),
                arguments(named("a Blekinge contact", "{\"contactId\": \"{blekinge contact}\", \"status\": \"INVITED\"}"),
                        "contactId"),
                arguments(named("an unknown field colour",
                        "{\"contactId\": \"{contact}\", \"status\": \"INVITED\", \"colour\": \"red\"}"), "colour"));
    }

    /** A bad body names a Kalmar contact not yet on the list, so that only the named field is wrong. */
    @Override
    protected String resolve(String badBody) {
        return badBody.replace("{contact}", CONTACTS.get("08").get(7))
                .replace("{blekinge contact}", CONTACTS.get("10").get(0));
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.of(
                arguments(named("\"status\": null", "{\"status\": null}"), "status"),
                arguments(named("\"contactId\": null", "{\"contactId\": null}"), "contactId"),
                arguments(named("\"status\": \"MAYBE\"", "{\"status\": \"MAYBE\"}"), "status"),
                arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"));
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"status\": ", "[{\"status\": \"INVITED\"}]", "\"INVITED\"", "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.of("{\"status\": ", "[{\"status\": \"INVITED\"}]", "\"INVITED\"", "null");
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(
                arguments("status=MAYBE", "status"),
                arguments("contactId=karin", "contactId"),
                arguments("sort=contactName", "sort"));
    }

    /** member-08 registers its own linked contact on the Kalmar meeting. */
    @Override
    protected Placed ownedBy(String member) {
        String id = register(as(member), API + kalmar, linkedContactOf(member), "REGISTERED")
                .then().statusCode(201).extract().path("id");
        return new Placed(kalmar, id);
    }

    // ---- data and help ------------------------------------------------------------------------------------------

    String list() {
        return API + kalmar;
    }

    String row(String id) {
        return list() + "/" + id;
    }

    static Response register(RequestSpecification request, String listPath, String contactId, String status) {
        return request.contentType(ContentType.JSON).body(body("contactId", contactId, "status", status))
                .post(listPath);
    }

    Response patch(String user, String id, String version, Map<String, ?> patch) {
        return mergePatch(as(user), patch).header("If-Match", version).patch(row(id));
    }

    void setMeetingStatus(String status) {
        String version = Fixtures.read("08", "meetings", meetingId).header("ETag");
        mergePatch(as(Tokens.COORDINATOR_08), body("status", status)).header("If-Match", version)
                .patch(API + "/counties/08/meetings/" + meetingId).then().statusCode(200);
    }

    /** The guest's row is as created: INVITED at version 0. */
    void assertGuestRowUntouched() {
        as(Tokens.COORDINATOR_08).get(row(kalmarId)).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("INVITED"));
    }

    @Nested
    @DisplayName("Attendance rules (as coordinator-08)")
    class AttendanceRules {

        @Test
        @DisplayName("the meeting counts its list by status as rows are written and removed")
        void shouldCountByStatus() {
            String other = createContact("08", body("name", "Deltagare " + marker()));
            String otherRow = register(as(Tokens.COORDINATOR_08), list(), other, "REGISTERED")
                    .then().statusCode(201).extract().path("id");
            Fixtures.read("08", "meetings", meetingId).then()
                    .body("attendance.invited", is(1)).body("attendance.registered", is(1));
            patch(Tokens.COORDINATOR_08, otherRow, "\"0\"", body("status", "INVITED")).then().statusCode(200);
            as(Tokens.COORDINATOR_08).header("If-Match", "\"1\"").delete(row(otherRow)).then().statusCode(204);
            as(Tokens.COORDINATOR_08).get(row(otherRow) + "/history").then().statusCode(200)
                    .body("items.action", contains("CREATED", "UPDATED", "DELETED"))
                    .body("items[0].resourceType", equalTo("attendance"));
            Fixtures.read("08", "meetings", meetingId).then()
                    .body("attendance.invited", is(1)).body("attendance.registered", is(0));
        }

        @Test
        @DisplayName("ATTENDED and ABSENT return 409 until the meeting is HELD, then are set")
        void shouldMarkAttendanceOnceHeld() {
            patch(Tokens.COORDINATOR_08, kalmarId, "\"0\"", body("status", "ATTENDED")).then().spec(problem(409));
            assertGuestRowUntouched();
            setMeetingStatus("HELD");
            patch(Tokens.COORDINATOR_08, kalmarId, "\"0\"", body("status", "ABSENT")).then().statusCode(200);
            Fixtures.read("08", "meetings", meetingId).then().body("attendance.absent", is(1))
                    .body("attendance.invited", is(0));
        }

        @Test
        @DisplayName("a contact is on the list once: POST of it again, or a row corrected to it, returns 409")
        void shouldRefuseDuplicate() {
            register(as(Tokens.COORDINATOR_08), list(), guestContact, "REGISTERED").then().spec(problem(409));
            String other = createContact("08", body("name", "Deltagare " + marker()));
            String otherRow = register(as(Tokens.COORDINATOR_08), list(), other, "REGISTERED")
                    .then().statusCode(201).extract().path("id");
            patch(Tokens.COORDINATOR_08, otherRow, "\"0\"", body("contactId", guestContact)).then().spec(problem(409))
                    .body("errors.field", contains("contactId"));
            as(Tokens.COORDINATOR_08).get(list()).then().body("totalItems", is(2));
            assertGuestRowUntouched();
        }

        @Test
        @DisplayName("a CANCELLED meeting's list is closed: POST and PATCH return 409")
        void shouldCloseCancelledList() {
            setMeetingStatus("CANCELLED");
            String other = createContact("08", body("name", "Sen " + marker()));
            register(as(Tokens.COORDINATOR_08), list(), other, "INVITED").then().spec(problem(409));
            patch(Tokens.COORDINATOR_08, kalmarId, "\"0\"", body("status", "REGISTERED")).then().spec(problem(409));
            assertGuestRowUntouched();
        }

        @Test
        @DisplayName("DELETE of a meeting with a list returns 409")
        void shouldRefuseDeletingMeetingWithList() {
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(API + "/counties/08/meetings/" + meetingId)
                    .then().spec(problem(409));
            assertGuestRowUntouched();
        }
    }

    @Nested
    @DisplayName("A member's own attendance (member-08)")
    class MembersOwn {

        final String own = linkedContactOf(Tokens.MEMBER_08);

        @Test
        @DisplayName("registers its own contact, and cancels it with DELETE")
        void shouldRegisterAndCancelOwn() {
            String ownRow = register(as(Tokens.MEMBER_08), list(), own, "REGISTERED")
                    .then().statusCode(201).body("contactId", equalTo(own)).extract().path("id");
            Fixtures.read("08", "meetings", meetingId).then().body("attendance.registered", is(1));
            as(Tokens.MEMBER_08).header("If-Match", "\"0\"").delete(row(ownRow)).then().statusCode(204);
            Fixtures.read("08", "meetings", meetingId).then().body("attendance.registered", is(0));
        }

        @Test
        @DisplayName("an invitation of its own contact it turns into REGISTERED with PATCH, not back; PUT is 403")
        void shouldAcceptOwnInvitation() {
            String ownRow = register(as(Tokens.COORDINATOR_08), list(), own, "INVITED")
                    .then().statusCode(201).extract().path("id");
            patch(Tokens.MEMBER_08, ownRow, "\"0\"", body("status", "REGISTERED")).then().statusCode(200)
                    .body("status", equalTo("REGISTERED"));
            patch(Tokens.MEMBER_08, ownRow, "\"1\"", body("status", "INVITED")).then().spec(problem(403));
            as(Tokens.MEMBER_08).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(body("contactId", own, "status", "REGISTERED")).put(row(ownRow)).then().spec(problem(403));
            as(Tokens.COORDINATOR_08).get(row(ownRow)).then().header("ETag", "\"1\"");
        }

        @Test
        @DisplayName("registering someone else returns 403 problem and writes nothing")
        void shouldNotRegisterSomeoneElse() {
            String other = createContact("08", body("name", "Någon annan " + marker()));
            register(as(Tokens.MEMBER_08), list(), other, "REGISTERED").then().spec(problem(403));
            register(as(Tokens.MEMBER_08), list(), linkedContactOf(Tokens.MEMBER2_08), "REGISTERED")
                    .then().spec(problem(403));
            patch(Tokens.MEMBER_08, kalmarId, "\"0\"", body("contactId", own, "status", "REGISTERED"))
                    .then().spec(problem(403));
            as(Tokens.COORDINATOR_08).get(list()).then().body("totalItems", is(1));
            assertGuestRowUntouched();
        }

        @Test
        @DisplayName("its own contact as INVITED or ATTENDED returns 403: those are a coordinator's")
        void shouldNotSetCoordinatorStatuses() {
            register(as(Tokens.MEMBER_08), list(), own, "INVITED").then().spec(problem(403));
            register(as(Tokens.MEMBER_08), list(), own, "ATTENDED").then().spec(problem(403));
            as(Tokens.COORDINATOR_08).get(list()).then().body("totalItems", is(1));
        }

        @Test
        @DisplayName("once the meeting is HELD, cancelling returns 409")
        void shouldNotCancelAfterwards() {
            String ownRow = register(as(Tokens.MEMBER_08), list(), own, "REGISTERED")
                    .then().statusCode(201).extract().path("id");
            setMeetingStatus("HELD");
            as(Tokens.MEMBER_08).header("If-Match", "\"0\"").delete(row(ownRow)).then().spec(problem(409));
            as(Tokens.COORDINATOR_08).get(row(ownRow)).then().statusCode(200);
        }

        @Test
        @DisplayName("member2-08 without a linked contact: registering returns the 403 problem no-linked-contact")
        void shouldRefuseWithoutLinkedContact() throws SQLException {
            String contact = linkedContactOf(Tokens.MEMBER2_08);
            setLogin(contact, null);
            try {
                register(as(Tokens.MEMBER2_08), list(), contact, "REGISTERED").then().spec(problem(403))
                        .body("type", equalTo(Fixtures.problemType("no-linked-contact")));
            } finally {
                setLogin(contact, Tokens.MEMBER2_08);
            }
            as(Tokens.COORDINATOR_08).get(list()).then().body("totalItems", is(1));
            // and with the link back, it may
            register(as(Tokens.MEMBER2_08), list(), contact, "REGISTERED").then().statusCode(201);
        }

        /** Links a contact to a login, or unlinks it, straight in the database (test data, not an API rule). */
        private void setLogin(String contactId, String login) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(
                            "update contact set login_username = ? where county_code = '08' and id = ?")) {
                update.setString(1, login);
                update.setObject(2, UUID.fromString(contactId));
                assertEquals(1, update.executeUpdate());
            }
        }
    }
}
