package se.samordna.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.marker;

import io.quarkus.test.junit.QuarkusTest;
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
 * Comments on a support request, {@code …/support-requests/{id}/comments}, as a nested collection of the county
 * resource contract with the rights of the table's row {@code support-requests/comments}: a member reads and writes
 * public comments on the requests it filed only (another's is 404); internal notes are the coordinators' alone. The
 * Kalmar object is a public comment of coordinator-08; the write the contract repeats is an internal note, which a
 * member may not write. Its own rules are in {@link SupportCommentsTest}.
 */
@QuarkusTest
@DisplayName("Support request comments: the county resource contract")
@CountyResource(parent = "support-requests", collection = "comments", noun = "comment",
        resourceType = SupportComment.RESOURCE_TYPE, nameField = "",
        operations = { Operation.LIST, Operation.GET, Operation.CREATE })
class SupportCommentResourceTest extends CountyResourceContract {

    /** A request of the county, filed by its coordinator. */
    @Override
    protected String newParent(String countyCode) {
        return SupportData.fileAsCoordinator(countyCode);
    }

    /** A public comment, which everyone with a right to read the request sees. */
    @Override
    protected Write newKalmarObject() {
        return Write.of(body("text", "Vi har bokat ett första möte den 3 december. " + marker(), "internal", false))
                .answering("byCoordinator", is(true))
                .answering("author.name", equalTo(Tokens.COORDINATOR_08));
    }

    /** An internal note: coordinators write it, a member's is 403 (the table gives a member internal false only). */
    @Override
    protected Map<String, Object> validWrite() {
        return body("text", "Samordna med Brå:s metodstöd innan mötet. " + marker(), "internal", true);
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body("text", name);
    }

    @Override
    protected Write fullCreate() {
        return Write.of(body("text", "Intern anteckning: ring kommunpolisen först. " + marker(), "internal", true))
                .answering("byCoordinator", is(true));
    }

    @Override
    protected Write replacement() {
        throw new UnsupportedOperationException("a comment is never replaced");
    }

    @Override
    protected Write changingPatch() {
        throw new UnsupportedOperationException("a comment is never patched");
    }

    @Override
    protected Write removingPatch() {
        throw new UnsupportedOperationException("a comment is never patched");
    }

    /** A public comment member-08 wrote on the request it filed. */
    @Override
    protected Placed ownedBy(String member) {
        String request = SupportData.fileInKalmar(member);
        String id = SupportData.comment(member, SupportData.KALMAR, request, "Vi har fler frågor. " + marker(), null)
                .then().statusCode(201).extract().path("id");
        return new Placed(commentsOf(request), id);
    }

    /** An internal note of coordinator-08 on a request member-08 filed, which member-08 otherwise reads. */
    @Override
    protected Placed hiddenFromOthers() {
        String request = SupportData.fileInKalmar(Tokens.MEMBER_08);
        String id = SupportData.comment(Tokens.COORDINATOR_08, SupportData.KALMAR, request,
                "Intern: kolla budgeten först. " + marker(), true).then().statusCode(201).extract().path("id");
        return new Placed(commentsOf(request), id);
    }

    private static String commentsOf(String request) {
        return "/counties/08/support-requests/" + request + "/comments";
    }

    @Override
    protected Stream<Arguments> badBodies() {
        return Stream.of(
                arguments(named("no text", "{\"internal\": false}"), "text"),
                arguments(named("a blank text", "{\"text\": \"   \"}"), "text"),
                arguments(named("\"text\": null", "{\"text\": null}"), "text"),
                arguments(named("a text of 10001 characters", Fixtures.toJson(body("text", "Å".repeat(10001)))),
                        "text"),
                arguments(named("a text that is a number", "{\"text\": 5}"), "text"),
                arguments(named("\"internal\": \"yes\"", "{\"text\": \"Hej\", \"internal\": \"yes\"}"), "internal"),
                arguments(named("an unknown field colour", "{\"text\": \"Hej\", \"colour\": \"red\"}"), "colour"));
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.empty();
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"text\": ", "{\"text\": \"Hej\" \"internal\": true}", "[{\"text\": \"Hej\"}]", "\"Hej\"",
                "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.empty();
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(arguments("sort=text,asc", "sort"));
    }
}
