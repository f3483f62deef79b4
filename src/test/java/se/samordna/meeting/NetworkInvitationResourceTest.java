package se.samordna.meeting;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Database;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Operation;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

/**
 * {@code POST …/meetings/{id}/invite-network}, an action on the shared contract (coordinators only, by
 * the table of rights), plus its rules: every contact that is a current member of the meeting's network is put on
 * the list as INVITED, once, and the answer says how many were added.
 */
@QuarkusTest
@DisplayName("Inviting a meeting's network")
@CountyResource(parent = "meetings", collection = "invite-network", noun = "network invitation",
        nameField = "", operations = { Operation.CREATE }, createAnswers = 200)
class NetworkInvitationResourceTest extends CountyResourceContract {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    /** A planned meeting of a new network of the county whose one member, a contact, joined a year ago. */
    @Override
    protected String newParent(String countyCode) {
        String network = MeetingResourceTest.network(countyCode, "Nätverk " + marker());
        member(countyCode, network, body("contactId", createContact(countyCode, body("name", "Medlem " + marker())),
                "role", "CHAIR", "joinedOn", TODAY.minusYears(1).toString()));
        return Fixtures.create(countyCode, "meetings", meeting(network));
    }

    static Map<String, Object> meeting(String network) {
        return MeetingResourceTest.planned("Nätverksträff " + marker(), "networkId", network);
    }

    static void member(String countyCode, String network, Map<String, Object> membership) {
        as(Fixtures.coordinatorOf(countyCode)).contentType(ContentType.JSON).body(membership)
                .post(API + "/counties/" + countyCode + "/networks/" + network + "/memberships")
                .then().statusCode(201);
    }

    /** The invitation done before each test: the action takes no body. */
    @Override
    protected Write newKalmarObject() {
        return Write.of(body());
    }

    /** Inviting again, which adds nobody and is allowed. */
    @Override
    protected Map<String, Object> validWrite() {
        return body();
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body();
    }

    @Override
    protected Write fullCreate() {
        return Write.of(body());
    }

    @Override
    protected Write replacement() {
        throw new UnsupportedOperationException("an invitation is never replaced");
    }

    @Override
    protected Write changingPatch() {
        throw new UnsupportedOperationException("an invitation is never patched");
    }

    @Override
    protected Write removingPatch() {
        throw new UnsupportedOperationException("an invitation is never patched");
    }

    /** The action reads no body, so there is none to refuse. */
    @Override
    protected Stream<Arguments> badBodies() {
        return Stream.empty();
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.empty();
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.empty();
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.empty();
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.empty();
    }

    @Nested
    @DisplayName("Who is invited (as coordinator-08)")
    class WhoIsInvited {

        @Test
        @DisplayName("inviting 3 members or 12 runs as many SQL statements: the invitations are written in batches")
        void shouldInviteWithoutAStatementPerMember() {
            // it was a flush, a lock of the change log and an event per member: 3 statements more for each
            Statements.assertNonePerRow("an invitation of a network", 3, 12, this::statementsToInvite);
        }

        long statementsToInvite(int members) {
            String network = MeetingResourceTest.network("08", "Nätverk " + marker());
            for (int i = 0; i < members; i++) {
                member("08", network, body("contactId", createContact("08", body("name", "Medlem " + i + " " + marker())),
                        "role", "MEMBER", "joinedOn", TODAY.minusMonths(1).toString()));
            }
            String meeting = Fixtures.create("08", "meetings", meeting(network));
            long statements = Statements.of(() -> as(Tokens.COORDINATOR_08)
                    .post(API + "/counties/08/meetings/" + meeting + "/invite-network")
                    .then().statusCode(200).body("added", is(members)).body("attendance.invited", is(members)));
            as(Tokens.COORDINATOR_08).queryParam("size", 50).get(API + "/counties/08/meetings/" + meeting + "/attendance")
                    .then().statusCode(200).body("totalItems", is(members));
            return statements;
        }

        @Test
        @DisplayName("the current member contacts are added once: a second call adds none, and says so")
        void shouldInviteCurrentMembersOnce() {
            String network = MeetingResourceTest.network("08", "Nätverk " + marker());
            String current = createContact("08", body("name", "Nuvarande " + marker()));
            String alreadyRegistered = createContact("08", body("name", "Anmäld " + marker()));
            String joinedToday = createContact("08", body("name", "Ny " + marker()));
            String left = createContact("08", body("name", "Avgången " + marker()));
            String future = createContact("08", body("name", "Blivande " + marker()));
            member("08", network, body("contactId", current, "role", "CHAIR", "joinedOn", TODAY.minusYears(1).toString()));
            member("08", network, body("contactId", alreadyRegistered, "role", "MEMBER",
                    "joinedOn", TODAY.minusMonths(2).toString()));
            member("08", network, body("contactId", joinedToday, "role", "MEMBER", "joinedOn", TODAY.toString()));
            member("08", network, body("contactId", left, "role", "MEMBER", "joinedOn", TODAY.minusYears(2).toString(),
                    "leftOn", TODAY.toString()));
            member("08", network, body("contactId", future, "role", "MEMBER", "joinedOn", TODAY.plusDays(1).toString()));
            member("08", network, body("organisationId", createOrganisation("08", "Förening " + marker()),
                    "role", "MEMBER", "joinedOn", TODAY.minusYears(1).toString()));
            String meeting = Fixtures.create("08", "meetings", meeting(network));
            String list = API + "/counties/08/meetings/" + meeting + "/attendance";
            String invite = API + "/counties/08/meetings/" + meeting + "/invite-network";
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("contactId", alreadyRegistered, "status", "REGISTERED")).post(list)
                    .then().statusCode(201);

            as(Tokens.COORDINATOR_08).post(invite).then().statusCode(200)
                    .body("id", equalTo(meeting))
                    .body("added", is(2))
                    .body("attendance.invited", is(2)).body("attendance.registered", is(1));
            as(Tokens.COORDINATOR_08).post(invite).then().statusCode(200)
                    .body("added", is(0))
                    .body("attendance.invited", is(2)).body("attendance.registered", is(1));
            as(Tokens.COORDINATOR_08).queryParam("size", 50).get(list).then().statusCode(200)
                    .body("totalItems", is(3))
                    .body("items.contactId", containsInAnyOrder(current, alreadyRegistered, joinedToday));
            as(Tokens.COORDINATOR_08).queryParam("contactId", alreadyRegistered).get(list).then()
                    .body("items[0].status", equalTo("REGISTERED"));
            Fixtures.read("08", "meetings", meeting).then().body("attendance.invited", is(2));

            // a member who joins later is added by the next call, and only they
            String newcomer = createContact("08", body("name", "Nykomling " + marker()));
            member("08", network, body("contactId", newcomer, "role", "MEMBER", "joinedOn", TODAY.toString()));
            as(Tokens.COORDINATOR_08).post(invite).then().statusCode(200)
                    .body("added", is(1)).body("attendance.invited", is(3));
        }

        @Test
        @DisplayName("an invitation that waits for a change of the meeting committing meanwhile invites (200), never 412: it takes no If-Match")
        void shouldInviteAfterAConcurrentChange() throws Exception {
            String network = MeetingResourceTest.network("08", "Nätverk " + marker());
            String contact = createContact("08", body("name", "Samtidig " + marker()));
            member("08", network, body("contactId", contact, "role", "MEMBER", "joinedOn", TODAY.minusYears(1).toString()));
            String meeting = Fixtures.create("08", "meetings", meeting(network));
            Database.whileHeld(
                    other -> assertEquals(1, Database.execute(other,
                            "update meeting set version = version + 1 where id = ?::uuid", meeting)),
                    () -> as(Tokens.COORDINATOR_08).post(API + "/counties/08/meetings/" + meeting + "/invite-network"))
                    .then().statusCode(200).body("added", is(1));
        }

        @Test
        @DisplayName("a meeting without a network, or no longer PLANNED, returns 409 and invites nobody")
        void shouldRefuseWithoutNetworkOrOnceHeld() {
            String withoutNetwork = Fixtures.create("08", "meetings",
                    MeetingResourceTest.planned("Utan nätverk " + marker()));
            as(Tokens.COORDINATOR_08).post(API + "/counties/08/meetings/" + withoutNetwork + "/invite-network")
                    .then().spec(problem(409));
            String network = MeetingResourceTest.network("08", "Nätverk " + marker());
            member("08", network, body("contactId", createContact("08", body("name", "Medlem " + marker())),
                    "role", "MEMBER", "joinedOn", TODAY.minusYears(1).toString()));
            String held = Fixtures.create("08", "meetings", meeting(network));
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "HELD")).header("If-Match", "\"0\"")
                    .patch(API + "/counties/08/meetings/" + held).then().statusCode(200);
            as(Tokens.COORDINATOR_08).post(API + "/counties/08/meetings/" + held + "/invite-network")
                    .then().spec(problem(409));
            Fixtures.read("08", "meetings", held).then().body("attendance.invited", is(0));
            Fixtures.read("08", "meetings", withoutNetwork).then().body("attendance.invited", is(0));
        }
    }
}
