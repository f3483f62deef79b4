package se.samordna.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.linkedContactOf;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/**
 * A meeting's attendance list, persona by persona: coordinators write anyone's row, a member registers and cancels
 * only its own, the county's importer reads, others are refused.
 */
@QuarkusTest
@DisplayName("Attendance")
class AttendanceResourceTest {

    @Inject
    DataSource dataSource;

    /** A planned Kalmar meeting, made before each test. */
    String meetingId;
    /** A Kalmar contact linked to no login, and its row on the meeting's list (INVITED, version 0). */
    String guestContact;
    String guestRow;

    @BeforeEach
    void createMeetingWithGuest() {
        meetingId = Fixtures.create("08", "meetings", MeetingResourceTest.planned("Nätverksträff " + marker()));
        guestContact = createContact("08", body("name", "Gäst " + marker()));
        guestRow = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                .body(body("contactId", guestContact, "status", "INVITED"))
                .post(attendance("08", meetingId))
                .then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
    }

    static String attendance(String county, String meeting) {
        return API + "/counties/" + county + "/meetings/" + meeting + "/attendance";
    }

    String list() {
        return attendance("08", meetingId);
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
        as(Tokens.COORDINATOR_08).get(row(guestRow)).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("INVITED"));
    }

    /** Every operation on the list, one after the other, each expected to be refused with this status. */
    void assertRefusedEverything(RequestSpecification request, int status) {
        RestAssured.given().spec(request).get(list()).then().spec(problem(status));
        RestAssured.given().spec(request).get(row(guestRow)).then().spec(problem(status));
        RestAssured.given().spec(request).get(row(guestRow) + "/history").then().spec(problem(status));
        register(RestAssured.given().spec(request), list(), guestContact, "REGISTERED").then().spec(problem(status));
        RestAssured.given().spec(request).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("contactId", guestContact, "status", "REGISTERED")).put(row(guestRow))
                .then().spec(problem(status));
        mergePatch(RestAssured.given().spec(request), body("status", "REGISTERED")).header("If-Match", "\"0\"")
                .patch(row(guestRow)).then().spec(problem(status));
        RestAssured.given().spec(request).header("If-Match", "\"0\"").delete(row(guestRow))
                .then().spec(problem(status));
        RestAssured.given().spec(request).post(list() + "/invite-network").then().spec(problem(status));
        assertGuestRowUntouched();
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar {

        @Test
        @DisplayName("GET …/attendance lists the meeting's rows with the contacts' names; GET …/{id} has an ETag")
        void shouldListAndGet() {
            as(Tokens.COORDINATOR_08).get(list()).then().statusCode(200)
                    .body("totalItems", is(1))
                    .body("items.id", contains(guestRow))
                    .body("items[0].contactId", equalTo(guestContact))
                    .body("items[0].contactName", notNullValue())
                    .body("items[0].meetingId", equalTo(meetingId));
            as(Tokens.COORDINATOR_08).get(row(guestRow)).then().statusCode(200).header("ETag", "\"0\"")
                    .body("status", equalTo("INVITED"));
        }

        @Test
        @DisplayName("POST, PUT, PATCH, DELETE and history of a row work, and the meeting counts by status")
        void shouldWriteAnyRow() {
            String other = createContact("08", body("name", "Deltagare " + marker()));
            Response created = register(as(Tokens.COORDINATOR_08), list(), other, "REGISTERED");
            created.then().statusCode(201).header("ETag", "\"0\"").header("Location", notNullValue());
            String otherRow = created.path("id");
            Fixtures.read("08", "meetings", meetingId).then()
                    .body("attendance.invited", is(1)).body("attendance.registered", is(1));

            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("contactId", guestContact, "status", "REGISTERED")).put(row(guestRow))
                    .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("REGISTERED"));
            patch(Tokens.COORDINATOR_08, otherRow, "\"0\"", body("status", "INVITED")).then().statusCode(200)
                    .body("status", equalTo("INVITED"));
            as(Tokens.COORDINATOR_08).header("If-Match", "\"1\"").delete(row(otherRow)).then().statusCode(204);
            as(Tokens.COORDINATOR_08).get(row(otherRow) + "/history").then().statusCode(200)
                    .body("items.action", contains("CREATED", "UPDATED", "DELETED"))
                    .body("items[0].resourceType", equalTo("attendance"));
            Fixtures.read("08", "meetings", meetingId).then()
                    .body("attendance.invited", is(0)).body("attendance.registered", is(1));
        }

        @Test
        @DisplayName("ATTENDED and ABSENT return 409 until the meeting is HELD, then are set")
        void shouldMarkAttendanceOnceHeld() {
            patch(Tokens.COORDINATOR_08, guestRow, "\"0\"", body("status", "ATTENDED")).then().spec(problem(409));
            assertGuestRowUntouched();
            setMeetingStatus("HELD");
            patch(Tokens.COORDINATOR_08, guestRow, "\"0\"", body("status", "ABSENT")).then().statusCode(200);
            Fixtures.read("08", "meetings", meetingId).then().body("attendance.absent", is(1))
                    .body("attendance.invited", is(0));
        }

        @Test
        @DisplayName("a contact is on the list once: POST of it again returns 409")
        void shouldRefuseDuplicate() {
            register(as(Tokens.COORDINATOR_08), list(), guestContact, "REGISTERED").then().spec(problem(409));
            as(Tokens.COORDINATOR_08).get(list()).then().body("totalItems", is(1));
        }

        @Test
        @DisplayName("POST with a Blekinge contact, an unknown one or no status returns 400 naming the field")
        void shouldRefuseBadRows() {
            String blekinge = createContact("10", body("name", "Blekingebo " + marker()));
            register(as(Tokens.COORDINATOR_08), list(), blekinge, "INVITED").then().spec(problem(400))
                    .body("errors.field", contains("contactId"));
            register(as(Tokens.COORDINATOR_08), list(), UUID.randomUUID().toString(), "INVITED")
                    .then().spec(problem(400)).body("errors.field", contains("contactId"));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("contactId", guestContact))
                    .post(list()).then().spec(problem(400)).body("errors.field", contains("status"));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("contactId", guestContact, "status", "MAYBE")).post(list())
                    .then().spec(problem(400)).body("errors.field", contains("status"));
            patch(Tokens.COORDINATOR_08, guestRow, "\"0\"", body("contactId", blekinge)).then().spec(problem(400))
                    .body("errors.field", contains("contactId"));
            as(Tokens.COORDINATOR_08).get(list()).then().body("totalItems", is(1));
            assertGuestRowUntouched();
        }

        @Test
        @DisplayName("a stale If-Match returns 412, none 428")
        void shouldCheckVersions() {
            patch(Tokens.COORDINATOR_08, guestRow, "\"3\"", body("status", "REGISTERED")).then().spec(problem(412));
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "REGISTERED")).patch(row(guestRow))
                    .then().spec(problem(428));
            as(Tokens.COORDINATOR_08).header("If-Match", "\"3\"").delete(row(guestRow)).then().spec(problem(412));
            assertGuestRowUntouched();
        }

        @Test
        @DisplayName("the row under another meeting, an unknown meeting or a Blekinge meeting returns 404")
        void shouldNotFindElsewhere() {
            String otherMeeting = Fixtures.create("08", "meetings", MeetingResourceTest.planned("Annat " + marker()));
            as(Tokens.COORDINATOR_08).get(attendance("08", otherMeeting) + "/" + guestRow).then().spec(problem(404));
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "REGISTERED")).header("If-Match", "\"0\"")
                    .patch(attendance("08", otherMeeting) + "/" + guestRow).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).get(attendance("08", UUID.randomUUID().toString())).then().spec(problem(404));
            register(as(Tokens.COORDINATOR_08), attendance("08", UUID.randomUUID().toString()), guestContact,
                    "INVITED").then().spec(problem(404));
            String blekingeMeeting = Fixtures.create("10", "meetings", MeetingResourceTest.planned("Blekinge " + marker()));
            as(Tokens.COORDINATOR_08).get(attendance("08", blekingeMeeting)).then().spec(problem(404));
            assertGuestRowUntouched();
        }

        @Test
        @DisplayName("a CANCELLED meeting's list is closed: POST and PATCH return 409")
        void shouldCloseCancelledList() {
            setMeetingStatus("CANCELLED");
            String other = createContact("08", body("name", "Sen " + marker()));
            register(as(Tokens.COORDINATOR_08), list(), other, "INVITED").then().spec(problem(409));
            patch(Tokens.COORDINATOR_08, guestRow, "\"0\"", body("status", "REGISTERED")).then().spec(problem(409));
            assertGuestRowUntouched();
        }

        @Test
        @DisplayName("DELETE of a meeting with a list returns 409; POST …/invite-network without a network 409")
        void shouldRefuseDeleteAndInviteWithoutNetwork() {
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(API + "/counties/08/meetings/" + meetingId)
                    .then().spec(problem(409));
            as(Tokens.COORDINATOR_08).post(list() + "/invite-network").then().spec(problem(409));
            assertGuestRowUntouched();
        }
    }

    @Nested
    @DisplayName("As coordinator of Kalmar and Blekinge (coordinator-0810)")
    class AsTwoCountyCoordinator {

        @Test
        @DisplayName("every operation on a Kalmar list is allowed; under /counties/10 it is 404")
        void shouldWriteKalmarNotUnderBlekinge() {
            as(Tokens.COORDINATOR_0810).get(attendance("10", meetingId)).then().spec(problem(404));
            as(Tokens.COORDINATOR_0810).get(attendance("10", meetingId) + "/" + guestRow).then().spec(problem(404));
            as(Tokens.COORDINATOR_0810).get(list()).then().statusCode(200).body("totalItems", is(1));
            as(Tokens.COORDINATOR_0810).get(row(guestRow) + "/history").then().statusCode(200);
            String other = createContact("08", body("name", "Deltagare " + marker()));
            String otherRow = register(as(Tokens.COORDINATOR_0810), list(), other, "INVITED")
                    .then().statusCode(201).extract().path("id");
            patch(Tokens.COORDINATOR_0810, otherRow, "\"0\"", body("status", "REGISTERED")).then().statusCode(200);
            as(Tokens.COORDINATOR_0810).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(body("contactId", other, "status", "INVITED")).put(row(otherRow)).then().statusCode(200);
            as(Tokens.COORDINATOR_0810).header("If-Match", "\"2\"").delete(row(otherRow)).then().statusCode(204);
            as(Tokens.COORDINATOR_0810).post(list() + "/invite-network").then().spec(problem(409));
        }
    }

    @Nested
    @DisplayName("As coordinator of Blekinge (coordinator-10)")
    class AsCoordinatorOfBlekinge {

        @Test
        @DisplayName("every operation on a Kalmar list returns 403 and changes nothing")
        void shouldRefuseKalmar() {
            assertRefusedEverything(as(Tokens.COORDINATOR_10), 403);
        }

        @Test
        @DisplayName("the Kalmar meeting's list under /counties/10 returns 404, as an unknown meeting's")
        void shouldNotFindKalmarMeeting() {
            as(Tokens.COORDINATOR_10).get(attendance("10", meetingId)).then().spec(problem(404));
            register(as(Tokens.COORDINATOR_10), attendance("10", meetingId), guestContact, "INVITED")
                    .then().spec(problem(404));
            assertGuestRowUntouched();
        }
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08)")
    class AsMemberOfKalmar {

        final String own = linkedContactOf(Tokens.MEMBER_08);

        @Test
        @DisplayName("GET of the list and a row is allowed; history returns 403")
        void shouldRead() {
            as(Tokens.MEMBER_08).get(list()).then().statusCode(200).body("items.id", contains(guestRow));
            as(Tokens.MEMBER_08).get(row(guestRow)).then().statusCode(200);
            as(Tokens.MEMBER_08).get(row(guestRow) + "/history").then().spec(problem(403));
        }

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
        @DisplayName("an invitation of its own contact it turns into REGISTERED with PATCH")
        void shouldAcceptOwnInvitation() {
            String ownRow = register(as(Tokens.COORDINATOR_08), list(), own, "INVITED")
                    .then().statusCode(201).extract().path("id");
            patch(Tokens.MEMBER_08, ownRow, "\"0\"", body("status", "REGISTERED")).then().statusCode(200)
                    .body("status", equalTo("REGISTERED"));
            patch(Tokens.MEMBER_08, ownRow, "\"1\"", body("status", "INVITED")).then().spec(problem(403));
        }

        @Test
        @DisplayName("registering someone else returns 403 problem and writes nothing")
        void shouldNotRegisterSomeoneElse() {
            String other = createContact("08", body("name", "Någon annan " + marker()));
            register(as(Tokens.MEMBER_08), list(), other, "REGISTERED").then().spec(problem(403));
            register(as(Tokens.MEMBER_08), list(), linkedContactOf(Tokens.MEMBER2_08), "REGISTERED")
                    .then().spec(problem(403));
            as(Tokens.COORDINATOR_08).get(list()).then().body("totalItems", is(1));
        }

        @Test
        @DisplayName("its own contact as INVITED or ATTENDED returns 403: those are a coordinator's")
        void shouldNotSetCoordinatorStatuses() {
            register(as(Tokens.MEMBER_08), list(), own, "INVITED").then().spec(problem(403));
            register(as(Tokens.MEMBER_08), list(), own, "ATTENDED").then().spec(problem(403));
            as(Tokens.COORDINATOR_08).get(list()).then().body("totalItems", is(1));
        }

        @Test
        @DisplayName("PUT, PATCH and DELETE of someone else's row, and invite-network, return 403")
        void shouldNotChangeOthers() {
            as(Tokens.MEMBER_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("contactId", guestContact, "status", "REGISTERED")).put(row(guestRow))
                    .then().spec(problem(403));
            patch(Tokens.MEMBER_08, guestRow, "\"0\"", body("status", "REGISTERED")).then().spec(problem(403));
            patch(Tokens.MEMBER_08, guestRow, "\"0\"", body("contactId", own, "status", "REGISTERED"))
                    .then().spec(problem(403));
            as(Tokens.MEMBER_08).header("If-Match", "\"0\"").delete(row(guestRow)).then().spec(problem(403));
            as(Tokens.MEMBER_08).post(list() + "/invite-network").then().spec(problem(403));
            assertGuestRowUntouched();
        }

        @Test
        @DisplayName("once the meeting is HELD, registering and cancelling return 409")
        void shouldNotRegisterAfterwards() {
            String ownRow = register(as(Tokens.MEMBER_08), list(), own, "REGISTERED")
                    .then().statusCode(201).extract().path("id");
            setMeetingStatus("HELD");
            as(Tokens.MEMBER_08).header("If-Match", "\"0\"").delete(row(ownRow)).then().spec(problem(409));
            as(Tokens.COORDINATOR_08).get(row(ownRow)).then().statusCode(200);
        }
    }

    @Nested
    @DisplayName("As the second member in Kalmar (member2-08)")
    class AsSecondMemberOfKalmar {

        @Test
        @DisplayName("cancelling member-08's registration returns 403")
        void shouldNotCancelAnothersRegistration() {
            String firstRow = register(as(Tokens.MEMBER_08), list(), linkedContactOf(Tokens.MEMBER_08), "REGISTERED")
                    .then().statusCode(201).extract().path("id");
            as(Tokens.MEMBER2_08).header("If-Match", "\"0\"").delete(row(firstRow)).then().spec(problem(403));
            patch(Tokens.MEMBER2_08, firstRow, "\"0\"", body("status", "REGISTERED")).then().spec(problem(403));
            as(Tokens.COORDINATOR_08).get(row(firstRow)).then().statusCode(200).header("ETag", "\"0\"");
        }

        @Test
        @DisplayName("without a linked contact, registering returns the 403 problem no-linked-contact")
        void shouldRefuseWithoutLinkedContact() throws SQLException {
            String contact = linkedContactOf(Tokens.MEMBER2_08);
            setLogin(contact, null);
            try {
                register(as(Tokens.MEMBER2_08), list(), contact, "REGISTERED").then().spec(problem(403))
                        .body("type", equalTo("https://samordna.se/problems/no-linked-contact"));
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

    @Nested
    @DisplayName("As importer of Kalmar (importer-08 service account)")
    class AsImporterOfKalmar {

        @Test
        @DisplayName("GET of the list, a row and its history are allowed; every write returns 403")
        void shouldOnlyRead() {
            as(Tokens.IMPORTER_08).get(list()).then().statusCode(200).body("totalItems", is(1));
            as(Tokens.IMPORTER_08).get(row(guestRow)).then().statusCode(200);
            as(Tokens.IMPORTER_08).get(row(guestRow) + "/history").then().statusCode(200);
            register(as(Tokens.IMPORTER_08), list(), guestContact, "REGISTERED").then().spec(problem(403));
            patch(Tokens.IMPORTER_08, guestRow, "\"0\"", body("status", "REGISTERED")).then().spec(problem(403));
            as(Tokens.IMPORTER_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("contactId", guestContact, "status", "REGISTERED")).put(row(guestRow))
                    .then().spec(problem(403));
            as(Tokens.IMPORTER_08).header("If-Match", "\"0\"").delete(row(guestRow)).then().spec(problem(403));
            as(Tokens.IMPORTER_08).post(list() + "/invite-network").then().spec(problem(403));
            assertGuestRowUntouched();
        }
    }

    @Nested
    @DisplayName("As national analyst (analyst)")
    class AsAnalyst {

        @Test
        @DisplayName("every operation returns 403 and changes nothing")
        void shouldRefuseEverything() {
            assertRefusedEverything(as(Tokens.ANALYST), 403);
        }
    }

    @Nested
    @DisplayName("Without a token")
    class WithoutToken {

        @Test
        @DisplayName("every operation returns 401 and changes nothing")
        void shouldRequireToken() {
            assertRefusedEverything(RestAssured.given(), 401);
        }
    }
}
