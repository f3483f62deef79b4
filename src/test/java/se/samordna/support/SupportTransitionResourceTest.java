package se.samordna.support;

import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.provider.Arguments;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Operation;
import se.samordna.testing.Tokens;

/**
 * The workflow of a support request, {@code POST …/support-requests/{id}/transitions} (answering 200 with the request
 * in its new status) and its list, as an action endpoint of the county resource contract, with the rights of the
 * table's row {@code support-requests/transitions}: coordinators make every move, the member who filed the request may
 * only REOPEN it, and another's request is 404. Before each test coordinator-08 TRIAGEs a Kalmar request; the write
 * the contract repeats is START, which may follow it. Every allowed and forbidden move is in
 * {@link SupportWorkflowTest}.
 */
@QuarkusTest
@DisplayName("Support request transitions")
@CountyResource(parent = "support-requests", collection = "transitions", noun = "transition", nameField = "",
        operations = { Operation.CREATE, Operation.LIST }, createAnswers = 200)
class SupportTransitionResourceTest extends CountyResourceContract {

    /** A request of the county, filed (SUBMITTED) by its coordinator. */
    @Override
    protected String newParent(String countyCode) {
        return SupportData.fileAsCoordinator(countyCode);
    }

    @Override
    protected Write newKalmarObject() {
        return Write.of(body("action", "TRIAGE", "comment", "Vi tar det på nätverksträffen i december."));
    }

    /** START, which follows the TRIAGE of every test and which a member may not make (only REOPEN). */
    @Override
    protected Map<String, Object> validWrite() {
        return body("action", "START", "comment", "Vi börjar med en workshop.");
    }

    /** The first move of a new request of the county. */
    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body("action", "TRIAGE", "comment", name);
    }

    @Override
    protected Write fullCreate() {
        return Write.of(body("action", "START", "comment", "Vi börjar med en workshop."));
    }

    @Override
    protected Write replacement() {
        throw new UnsupportedOperationException("a transition is never replaced");
    }

    @Override
    protected Write changingPatch() {
        throw new UnsupportedOperationException("a transition is never patched");
    }

    @Override
    protected Write removingPatch() {
        throw new UnsupportedOperationException("a transition is never patched");
    }

    /**
     * Under a request member-08 filed, which coordinator-08 RESOLVEd: member-08's REOPEN, as its list names it.
     */
    @Override
    protected Placed ownedBy(String member) {
        String request = SupportData.fileInKalmar(member, RequestStatus.RESOLVED);
        SupportData.transition(member, SupportData.KALMAR, request, TransitionAction.REOPEN, "Frågan kvarstår.")
                .then().statusCode(200);
        String collection = "/counties/08/support-requests/" + request + "/transitions";
        List<Map<String, Object>> items = as(Tokens.COORDINATOR_08).queryParam("size", 200).get(API + collection)
                .then().statusCode(200).extract().path("items");
        String reopen = (String) items.get(items.size() - 1).get("id");
        return new Placed(collection, reopen);
    }

    @Override
    protected Stream<Arguments> badBodies() {
        return Stream.of(
                arguments(named("no action", "{\"comment\": \"Varför\"}"), "action"),
                arguments(named("\"action\": null", "{\"action\": null}"), "action"),
                arguments(named("\"action\": \"FLY\"", "{\"action\": \"FLY\"}"), "action"),
                arguments(named("\"action\": 5", "{\"action\": 5}"), "action"),
                arguments(named("a comment of 2001 characters",
                        Fixtures.toJson(body("action", "START", "comment", "Å".repeat(2001)))), "comment"),
                arguments(named("a comment that is an object", "{\"action\": \"START\", \"comment\": {\"a\": 1}}"),
                        "comment"),
                arguments(named("an unknown field colour", "{\"action\": \"START\", \"colour\": \"red\"}"),
                        "colour"));
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.empty();
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"action\": ", "{\"action\": \"START\" \"comment\": \"x\"}", "[{\"action\": \"START\"}]",
                "\"START\"", "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.empty();
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(arguments("sort=action,asc", "sort"));
    }
}
