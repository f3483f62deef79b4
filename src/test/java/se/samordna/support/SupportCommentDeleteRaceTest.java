package se.samordna.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samordna.support.SupportData.KALMAR;
import static se.samordna.support.SupportData.fileAsCoordinator;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Database;
import se.samordna.testing.Tokens;

/**
 * A comment added while its request is deleted: whichever gets to the request first, the other sees it whole. The
 * test plays one side in SQL on a connection of its own, holding it open until the API's side waits for it.
 */
@QuarkusTest
@DisplayName("Support requests: a comment racing the delete of its request (coordinator-08)")
class SupportCommentDeleteRaceTest {

    @Test
    @DisplayName("POST …/comments while the request's delete commits answers 404, never a foreign-key 409")
    void shouldNotFindARequestDeletedWhileItWaits() throws Exception {
        String request = fileAsCoordinator("08");
        Response commented = Database.whileHeld(
                other -> assertEquals(1, Database.execute(other, "delete from support_request where id = ?::uuid", request)),
                () -> as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("text", "Samtidigt"))
                        .post(KALMAR + "/" + request + "/comments"));
        commented.then().spec(problem(404));
    }

    @Test
    @DisplayName("DELETE of a request while a comment is being added waits for it, and records that comment's deletion in the feed")
    void shouldRecordTheDeletionOfACommentAddedWhileItWaits() throws Exception {
        String request = fileAsCoordinator("08");
        UUID comment = UUID.randomUUID();
        Response deleted = Database.whileHeld(other -> {
            // a comment being added as the API adds one: its request share-locked, the comment written, not yet committed
            assertEquals(1, Database.execute(other, "select 1 from support_request where id = ?::uuid for share", request));
            assertEquals(1, Database.execute(other, """
                    insert into support_request_comment (county_code, id, request_id, text, internal, author_name,
                        by_coordinator, version, created_at, created_by, updated_at, updated_by)
                    values ('08', ?, ?::uuid, 'Samtidigt', false, 'Test', true, 0, now(), 'test', now(), 'test')""",
                    comment, request));
        }, () -> as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(KALMAR + "/" + request));
        deleted.then().statusCode(204);
        assertEquals(List.of("DELETED"), Database.changeEvents(comment).stream().map(e -> e.get("action")).toList(),
                "the comment's deletion is in the change feed, so that a mirror removes it too");
    }
}
