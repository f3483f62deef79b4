package se.samordna.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.support.SupportData.KALMAR;
import static se.samordna.support.SupportData.fileInKalmar;
import static se.samordna.support.SupportData.read;
import static se.samordna.support.SupportData.transition;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Database;
import se.samordna.testing.Tokens;

/**
 * {@code support_request.resolved_at}, which the follow-up, the county overview and the national statistics read as
 * "when the request was resolved (its latest move to RESOLVED)": kept at write time, it must always equal what the
 * transitions say, for the request's own transitions and its stored version alike.
 */
@QuarkusTest
@DisplayName("Support request resolution time (resolved_at)")
class SupportResolvedAtTest {

    @Test
    @DisplayName("RESOLVE stores the time of its transition, without a version more than the API answered")
    void shouldStoreTheTimeOfTheResolveTransition() {
        String id = fileInKalmar(Tokens.COORDINATOR_08, RequestStatus.IN_PROGRESS);
        assertNull(resolvedAt(id), "an open request has no resolution time");

        long version = transition(Tokens.COORDINATOR_08, KALMAR, id, TransitionAction.RESOLVE, null)
                .then().statusCode(200).extract().jsonPath().getLong("version");

        assertEquals(latestResolve(id), resolvedAt(id));
        assertEquals(version, ((Number) Database.row("support_request", UUID.fromString(id)).get("version"))
                .longValue(), "keeping resolved_at made a version the client was not told of");
        assertEquals(version, read(id).jsonPath().getLong("version"));
    }

    @Test
    @DisplayName("REOPEN clears it, and the next RESOLVE stores the time of that latest move to RESOLVED")
    void shouldClearItWhenReopenedAndTakeTheLatestResolve() {
        String id = fileInKalmar(Tokens.COORDINATOR_08, RequestStatus.RESOLVED);
        Instant first = resolvedAt(id);
        assertNotNull(first);

        transition(Tokens.COORDINATOR_08, KALMAR, id, TransitionAction.REOPEN, "Frågan kvarstår.")
                .then().statusCode(200);
        assertNull(resolvedAt(id), "a reopened request is not resolved");

        // REOPEN leads to TRIAGED
        transition(Tokens.COORDINATOR_08, KALMAR, id, TransitionAction.START, null).then().statusCode(200);
        transition(Tokens.COORDINATOR_08, KALMAR, id, TransitionAction.RESOLVE, null).then().statusCode(200);
        Instant second = resolvedAt(id);
        assertEquals(latestResolve(id), second);
        assertTrue(second.isAfter(first), "the second RESOLVE is the one that counts");
    }

    @Test
    @DisplayName("a member's REOPEN of a RESOLVED request clears it too")
    void shouldClearItWhenTheFilerReopens() {
        String id = fileInKalmar(Tokens.MEMBER_08, RequestStatus.RESOLVED);
        assertEquals(latestResolve(id), resolvedAt(id));
        transition(Tokens.MEMBER_08, KALMAR, id, TransitionAction.REOPEN, "Frågan kvarstår.").then().statusCode(200);
        assertNull(resolvedAt(id));
    }

    @Test
    @DisplayName("an edit of a RESOLVED request keeps it; DECLINE never sets it")
    void shouldKeepItOnEditsAndNeverSetItOtherwise() {
        String id = fileInKalmar(Tokens.COORDINATOR_08, RequestStatus.RESOLVED);
        Instant resolved = resolvedAt(id);
        mergePatch(as(Tokens.COORDINATOR_08).header("If-Match", read(id).header("ETag")),
                body("title", "Ändrad titel efter lösningen")).patch(KALMAR + "/" + id).then().statusCode(200);
        assertEquals(resolved, resolvedAt(id), "an edit is no new resolution");

        String declined = fileInKalmar(Tokens.COORDINATOR_08, RequestStatus.DECLINED);
        assertNull(resolvedAt(declined));
    }

    /** The stored resolved_at of the request. */
    private static Instant resolvedAt(String id) {
        return instant(Database.row("support_request", UUID.fromString(id)).get("resolved_at"));
    }

    /** When the request last moved to RESOLVED, as its transitions list it. */
    private static Instant latestResolve(String id) {
        List<Map<String, Object>> items = as(Tokens.COORDINATOR_08).queryParam("size", 200)
                .get(KALMAR + "/" + id + "/transitions").then().statusCode(200).extract().path("items");
        return items.stream().filter(t -> "RESOLVED".equals(t.get("toStatus")))
                .map(t -> Instant.parse((String) t.get("occurredAt"))).max(Instant::compareTo).orElseThrow();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp time ? time.toInstant() : ((OffsetDateTime) value).toInstant();
    }
}
