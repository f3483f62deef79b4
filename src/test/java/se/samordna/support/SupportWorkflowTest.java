package se.samordna.support;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.support.SupportData.KALMAR;
import static se.samordna.support.SupportData.fileInKalmar;
import static se.samordna.support.SupportData.read;
import static se.samordna.support.SupportData.transition;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.subjectOf;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samordna.testing.Tokens;

/** The request workflow: POST and GET /counties/{cc}/support-requests/{id}/transitions, persona by persona. */
@QuarkusTest
@DisplayName("Support request workflow")
class SupportWorkflowTest {

    static final String BLEKINGE = API + "/counties/10/support-requests";

    /** Every (status, action) the workflow allows, and where it leads. */
    static Stream<Arguments> allowedMoves() {
        return Arrays.stream(RequestStatus.values()).flatMap(from -> Arrays.stream(TransitionAction.values())
                .filter(action -> action.allowedFrom(from))
                .map(action -> arguments(from, action, action.to())));
    }

    /** Every (status, action) the workflow refuses. */
    static Stream<Arguments> forbiddenMoves() {
        return Arrays.stream(RequestStatus.values()).flatMap(from -> Arrays.stream(TransitionAction.values())
                .filter(action -> !action.allowedFrom(from))
                .map(action -> arguments(from, action)));
    }

    /** What a refused move must leave as it was: the request's version and status, its transitions and history. */
    record Snapshot(long version, String status, int transitions, int history) {

        static Snapshot of(String id) {
            Response request = read(id);
            int transitions = as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id + "/transitions")
                    .then().statusCode(200).extract().path("totalItems");
            int history = as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id + "/history")
                    .then().statusCode(200).extract().path("totalItems");
            return new Snapshot(request.jsonPath().getLong("version"), request.path("status"), transitions, history);
        }
    }

    static void assertUnchanged(String id, Snapshot before) {
        assertEquals(before, Snapshot.of(id), "a refused move changed the request");
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar {

        @ParameterizedTest(name = "{1} of a {0} request answers 200 and makes it {2}, kept as a transition and a new version")
        @MethodSource("se.samordna.support.SupportWorkflowTest#allowedMoves")
        void shouldMove(RequestStatus from, TransitionAction action, RequestStatus to) {
            String id = fileInKalmar(Tokens.COORDINATOR_08, from);
            Snapshot before = Snapshot.of(id);
            String comment = "Flyttas av " + action + " – åtgärd";

            transition(Tokens.COORDINATOR_08, KALMAR, id, action, comment).then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .header("ETag", "\"" + (before.version() + 1) + "\"")
                    .body("id", equalTo(id))
                    .body("status", equalTo(to.name()))
                    .body("version", is((int) before.version() + 1));

            Snapshot after = Snapshot.of(id);
            assertEquals(new Snapshot(before.version() + 1, to.name(), before.transitions() + 1, before.history() + 1),
                    after);
            as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id + "/transitions").then().statusCode(200)
                    .body("items[-1].action", equalTo(action.name()))
                    .body("items[-1].fromStatus", equalTo(from.name()))
                    .body("items[-1].toStatus", equalTo(to.name()))
                    .body("items[-1].comment", equalTo(comment))
                    .body("items[-1].actor.subject", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("items[-1].actor.name", equalTo(Tokens.COORDINATOR_08))
                    .body("items[-1].occurredAt", equalTo(read(id).path("updatedAt")));
            as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id + "/history").then().statusCode(200)
                    .body("items[-1].action", equalTo("UPDATED"))
                    .body("items[-1].state.status", equalTo(to.name()));
        }

        @ParameterizedTest(name = "{1} of a {0} request answers 409 and changes nothing")
        @MethodSource("se.samordna.support.SupportWorkflowTest#forbiddenMoves")
        void shouldRefuseMove(RequestStatus from, TransitionAction action) {
            String id = fileInKalmar(Tokens.COORDINATOR_08, from);
            Snapshot before = Snapshot.of(id);

            transition(Tokens.COORDINATOR_08, KALMAR, id, action, "Försök").then().spec(problem(409));

            assertUnchanged(id, before);
        }

        @Test
        @DisplayName("GET …/{id}/transitions lists every move oldest first, a full round included")
        void shouldListTransitions() {
            String id = fileInKalmar(Tokens.COORDINATOR_08, RequestStatus.RESOLVED);
            transition(Tokens.COORDINATOR_0810, KALMAR, id, TransitionAction.REOPEN, "Igen").then().statusCode(200);
            as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id + "/transitions").then().statusCode(200)
                    .body("totalItems", is(4))
                    .body("items.action", contains("TRIAGE", "START", "RESOLVE", "REOPEN"))
                    .body("items.fromStatus", contains("SUBMITTED", "TRIAGED", "IN_PROGRESS", "RESOLVED"))
                    .body("items.toStatus", contains("TRIAGED", "IN_PROGRESS", "RESOLVED", "TRIAGED"))
                    .body("items.actor.name", contains(Tokens.COORDINATOR_08, Tokens.COORDINATOR_08,
                            Tokens.COORDINATOR_08, Tokens.COORDINATOR_0810));
        }

        @Test
        @DisplayName("POST …/transitions with a stale If-Match answers 412, with the current one 200")
        void shouldCheckIfMatch() {
            String id = fileInKalmar(Tokens.COORDINATOR_08, RequestStatus.TRIAGED);
            Snapshot before = Snapshot.of(id);
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"action\": \"START\"}").post(KALMAR + "/" + id + "/transitions")
                    .then().spec(problem(412));
            assertUnchanged(id, before);
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body("{\"action\": \"START\"}").post(KALMAR + "/" + id + "/transitions")
                    .then().statusCode(200).header("ETag", "\"2\"");
        }

        @ParameterizedTest(name = "POST …/transitions with {0} answers 400 naming {1} and changes nothing")
        @MethodSource("se.samordna.support.SupportWorkflowTest#badTransitions")
        void shouldRefuseBadTransition(String json, String field) {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            Snapshot before = Snapshot.of(id);
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(json)
                    .post(KALMAR + "/" + id + "/transitions")
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertUnchanged(id, before);
        }

        @Test
        @DisplayName("POST and GET …/{unknown id}/transitions answer 404")
        void shouldNotFindUnknown() {
            String unknown = java.util.UUID.randomUUID().toString();
            transition(Tokens.COORDINATOR_08, KALMAR, unknown, TransitionAction.TRIAGE, null).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).get(KALMAR + "/" + unknown + "/transitions").then().spec(problem(404));
        }
    }

    static Stream<Arguments> badTransitions() {
        return Stream.of(
                arguments("{}", "action"),
                arguments("{\"action\": \"CLOSE\"}", "action"),
                arguments("{\"action\": 1}", "action"),
                arguments("{\"action\": \"TRIAGE\", \"comment\": \"" + "x".repeat(2001) + "\"}", "comment"),
                arguments("{\"action\": \"TRIAGE\", \"to\": \"RESOLVED\"}", "to"));
    }

    @Nested
    @DisplayName("As coordinator of Kalmar and Blekinge (coordinator-0810)")
    class AsTwoCountyCoordinator {

        @Test
        @DisplayName("POST /counties/08/…/transitions TRIAGE answers 200; the Kalmar request under /counties/10 is 404")
        void shouldMoveKalmarRequest() {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            transition(Tokens.COORDINATOR_0810, BLEKINGE, id, TransitionAction.TRIAGE, null).then().spec(problem(404));
            as(Tokens.COORDINATOR_0810).get(BLEKINGE + "/" + id + "/transitions").then().spec(problem(404));
            transition(Tokens.COORDINATOR_0810, KALMAR, id, TransitionAction.TRIAGE, null).then().statusCode(200)
                    .body("status", equalTo("TRIAGED"));
            as(Tokens.COORDINATOR_0810).get(KALMAR + "/" + id + "/transitions").then().statusCode(200)
                    .body("items.actor.name", contains(Tokens.COORDINATOR_0810));
        }
    }

    @Nested
    @DisplayName("As coordinator of Blekinge (coordinator-10)")
    class AsCoordinatorOfBlekinge {

        @Test
        @DisplayName("POST and GET /counties/08/…/transitions answer 403; under /counties/10 the Kalmar request is 404")
        void shouldNotReachKalmar() {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            Snapshot before = Snapshot.of(id);
            transition(Tokens.COORDINATOR_10, KALMAR, id, TransitionAction.TRIAGE, null).then().spec(problem(403));
            as(Tokens.COORDINATOR_10).get(KALMAR + "/" + id + "/transitions").then().spec(problem(403));
            transition(Tokens.COORDINATOR_10, BLEKINGE, id, TransitionAction.TRIAGE, null).then().spec(problem(404));
            as(Tokens.COORDINATOR_10).get(BLEKINGE + "/" + id + "/transitions").then().spec(problem(404));
            assertUnchanged(id, before);
        }
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08)")
    class AsMemberOfKalmar {

        @ParameterizedTest(name = "REOPEN of its own {0} request answers 200 and makes it TRIAGED")
        @MethodSource("se.samordna.support.SupportWorkflowTest#closedStatuses")
        void shouldReopenOwnRequest(RequestStatus closed) {
            String id = fileInKalmar(Tokens.MEMBER_08, closed);
            transition(Tokens.MEMBER_08, KALMAR, id, TransitionAction.REOPEN, "Frågan kvarstår").then().statusCode(200)
                    .body("status", equalTo("TRIAGED"));
            as(Tokens.MEMBER_08).get(KALMAR + "/" + id + "/transitions").then().statusCode(200)
                    .body("items[-1].action", equalTo("REOPEN"))
                    .body("items[-1].comment", equalTo("Frågan kvarstår"))
                    .body("items[-1].actor.subject", equalTo(subjectOf(Tokens.MEMBER_08)));
        }

        @ParameterizedTest(name = "{0} of its own request answers 403 naming action and changes nothing")
        @MethodSource("se.samordna.support.SupportWorkflowTest#coordinatorActions")
        void shouldRefuseCoordinatorMoves(TransitionAction action) {
            RequestStatus from = action.from().iterator().next();
            String id = fileInKalmar(Tokens.MEMBER_08, from);
            Snapshot before = Snapshot.of(id);
            transition(Tokens.MEMBER_08, KALMAR, id, action, null).then().spec(problem(403))
                    .body("errors.field", contains("action"));
            assertUnchanged(id, before);
        }

        @Test
        @DisplayName("REOPEN of its own SUBMITTED request answers 409 and changes nothing")
        void shouldRefuseReopenOfOpenRequest() {
            String id = fileInKalmar(Tokens.MEMBER_08);
            Snapshot before = Snapshot.of(id);
            transition(Tokens.MEMBER_08, KALMAR, id, TransitionAction.REOPEN, null).then().spec(problem(409));
            assertUnchanged(id, before);
        }

        @Test
        @DisplayName("POST and GET …/transitions of a request a coordinator filed answer 404")
        void shouldNotFindCoordinatorsRequest() {
            String id = fileInKalmar(Tokens.COORDINATOR_08, RequestStatus.RESOLVED);
            Snapshot before = Snapshot.of(id);
            transition(Tokens.MEMBER_08, KALMAR, id, TransitionAction.REOPEN, null).then().spec(problem(404));
            as(Tokens.MEMBER_08).get(KALMAR + "/" + id + "/transitions").then().spec(problem(404));
            assertUnchanged(id, before);
        }
    }

    static Stream<RequestStatus> closedStatuses() {
        return Stream.of(RequestStatus.RESOLVED, RequestStatus.DECLINED);
    }

    static Stream<TransitionAction> coordinatorActions() {
        return Arrays.stream(TransitionAction.values()).filter(a -> a != TransitionAction.REOPEN);
    }

    @Nested
    @DisplayName("As another member in Kalmar (member2-08)")
    class AsAnotherMemberOfKalmar {

        @Test
        @DisplayName("REOPEN and GET …/transitions of member-08's request answer 404 and change nothing")
        void shouldNotFindOtherMembersRequest() {
            String id = fileInKalmar(Tokens.MEMBER_08, RequestStatus.DECLINED);
            Snapshot before = Snapshot.of(id);
            transition(Tokens.MEMBER2_08, KALMAR, id, TransitionAction.REOPEN, null).then().spec(problem(404));
            as(Tokens.MEMBER2_08).get(KALMAR + "/" + id + "/transitions").then().spec(problem(404));
            assertUnchanged(id, before);
        }
    }

    @Nested
    @DisplayName("As importer of Kalmar (importer-08)")
    class AsImporterOfKalmar {

        @Test
        @DisplayName("GET …/transitions answers 200; POST answers 403 and changes nothing")
        void shouldReadOnly() {
            String id = fileInKalmar(Tokens.COORDINATOR_08, RequestStatus.TRIAGED);
            Snapshot before = Snapshot.of(id);
            as(Tokens.IMPORTER_08).get(KALMAR + "/" + id + "/transitions").then().statusCode(200)
                    .body("items.action", contains("TRIAGE"));
            transition(Tokens.IMPORTER_08, KALMAR, id, TransitionAction.START, null).then().spec(problem(403));
            assertUnchanged(id, before);
        }
    }

    @Nested
    @DisplayName("As national analyst (analyst) and without a token")
    class AsOthers {

        @Test
        @DisplayName("the analyst gets 403 on POST and GET …/transitions; no token gets 401; nothing changes")
        void shouldRefuse() {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            Snapshot before = Snapshot.of(id);
            transition(Tokens.ANALYST, KALMAR, id, TransitionAction.TRIAGE, null).then().spec(problem(403));
            as(Tokens.ANALYST).get(KALMAR + "/" + id + "/transitions").then().spec(problem(403));
            RestAssured.given().contentType(ContentType.JSON).body("{\"action\": \"TRIAGE\"}")
                    .post(KALMAR + "/" + id + "/transitions")
                    .then().spec(problem(401)).header("WWW-Authenticate", startsWith("Bearer"));
            RestAssured.given().get(KALMAR + "/" + id + "/transitions").then().spec(problem(401));
            assertUnchanged(id, before);
        }
    }

}
