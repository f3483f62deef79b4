package se.samordna.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samordna.followup.FollowUpData.KALMAR_MUNICIPALITY;
import static se.samordna.followup.FollowUpData.NYBRO;
import static se.samordna.followup.FollowUpData.PICTURE;
import static se.samordna.followup.FollowUpData.contactOf;
import static se.samordna.followup.FollowUpData.meeting;
import static se.samordna.followup.FollowUpData.move;
import static se.samordna.followup.FollowUpData.needOf;
import static se.samordna.followup.FollowUpData.onList;
import static se.samordna.followup.FollowUpData.organisation;
import static se.samordna.followup.FollowUpData.patch;
import static se.samordna.followup.FollowUpData.request;
import static se.samordna.followup.FollowUpData.resolvedRequest;
import static se.samordna.followup.FollowUpData.survey;
import static se.samordna.followup.FollowUpTest.followUp;
import static se.samordna.followup.FollowUpTest.need;
import static se.samordna.testing.Fixtures.body;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Database;

/**
 * What answers a need is kept as rows by county, municipality and category (V19 and V20: {@code meeting_need},
 * {@code support_request_need}, kept by triggers), and the follow-up and the overview read it from there: every write
 * that changes a meeting or a request that answers, or where the requesting organisation is, must show at once.
 */
@QuarkusTest
@DisplayName("Follow-up follows the meetings and requests that answer a need")
class NeedAnswersFollowWritesTest {

    private static final String NETWORKING = "NETWORKING";

    /** The kept rows of every meeting and request of the database equal a count from them, whoever wrote them. */
    @AfterEach
    void keptRowsEqualARecount() {
        String meetings = """
                select m.county_code, m.id, u.municipality_code::text, c.category::text, m.starts_at from meeting m
                cross join lateral unnest(m.attended_municipalities) as u(municipality_code)
                cross join lateral unnest(m.need_categories) as c(category)
                where m.status = 'HELD'""";
        String kept = """
                select county_code, meeting_id, municipality_code::text, category::text, starts_at
                from meeting_need""";
        assertEquals(List.of(), Database.query("(" + meetings + " except " + kept + ") union all (" + kept + " except "
                + meetings + ")"), "meetings whose kept rows differ from the meeting");
        String requests = """
                select s.county_code, s.id, o.municipality_code::text, c.category::text, s.resolved_at
                from support_request s
                join organisation o on o.county_code = s.county_code and o.id = s.organisation_id
                cross join lateral unnest(s.need_categories) as c(category)
                where s.status = 'RESOLVED' and o.municipality_code is not null""";
        String keptRequests = """
                select county_code, request_id, municipality_code::text, category::text, resolved_at
                from support_request_need""";
        assertEquals(List.of(), Database.query("(" + requests + " except " + keptRequests + ") union all ("
                + keptRequests + " except " + requests + ")"), "requests whose kept rows differ from the request");
    }

    @Test
    @DisplayName("a HELD meeting's categories and start, changed, move it to the need it now answers, or to none")
    void meetingWrites() {
        String survey = survey();
        String nybro = needOf(survey, NYBRO, PICTURE, 5);
        needOf(survey, NYBRO, NETWORKING, 3);
        String meeting = meeting(PICTURE, "HELD");
        onList(meeting, contactOf(nybro), "ATTENDED");
        followUp(survey)
                .body(need(NYBRO, PICTURE) + ".meetings.id", contains(meeting))
                .body(need(NYBRO, NETWORKING) + ".answered", is(false));

        patch("meetings/" + meeting, body("needCategories", List.of(NETWORKING)));
        followUp(survey)
                .body(need(NYBRO, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, NETWORKING) + ".meetings.id", contains(meeting));

        patch("meetings/" + meeting, body("needCategories", List.of(NETWORKING, PICTURE)));
        followUp(survey)
                .body(need(NYBRO, PICTURE) + ".meetings.id", contains(meeting))
                .body(need(NYBRO, NETWORKING) + ".meetings.id", contains(meeting));

        // started before the needs were named (a day before, in the overviews' default period as before), it answers
        // neither
        Instant dayBefore = Instant.now().minus(Duration.ofDays(1));
        patch("meetings/" + meeting, body("startsAt", dayBefore.toString(),
                "endsAt", dayBefore.plus(Duration.ofHours(2)).toString()));
        followUp(survey)
                .body(need(NYBRO, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, NETWORKING) + ".meetings", empty());
    }

    @Test
    @DisplayName("a RESOLVED request reopened answers nothing; resolved again, it answers; its categories or "
            + "organisation changed, it answers the need it now matches")
    void requestWrites() {
        String survey = survey();
        String nybro = needOf(survey, NYBRO, PICTURE, 5);
        needOf(survey, NYBRO, NETWORKING, 3);
        String kalmar = needOf(survey, KALMAR_MUNICIPALITY, NETWORKING, 4);
        String request = resolvedRequest(nybro, PICTURE);
        followUp(survey).body(need(NYBRO, PICTURE) + ".supportRequests.id", contains(request));

        move(request, "REOPEN");
        followUp(survey).body(need(NYBRO, PICTURE) + ".answered", is(false));

        move(request, "START", "RESOLVE");
        followUp(survey).body(need(NYBRO, PICTURE) + ".supportRequests.id", contains(request));

        patch("support-requests/" + request, body("needCategories", List.of(NETWORKING)));
        followUp(survey)
                .body(need(NYBRO, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, NETWORKING) + ".supportRequests.id", contains(request))
                .body(need(KALMAR_MUNICIPALITY, NETWORKING) + ".answered", is(false));

        patch("support-requests/" + request, body("organisationId", kalmar));
        followUp(survey)
                .body(need(NYBRO, NETWORKING) + ".answered", is(false))
                .body(need(KALMAR_MUNICIPALITY, NETWORKING) + ".supportRequests.id", contains(request));
    }

    @Test
    @DisplayName("an organisation that moves to Nybro takes its RESOLVED requests to Nybro's need, "
            + "also when written by SQL (as imports and loads write)")
    void organisationMoves() {
        String survey = survey();
        needOf(survey, NYBRO, PICTURE, 5);
        needOf(survey, KALMAR_MUNICIPALITY, PICTURE, 5);
        String requester = organisation(KALMAR_MUNICIPALITY);
        String request = resolvedRequest(requester, PICTURE);
        followUp(survey)
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".supportRequests.id", contains(request))
                .body(need(NYBRO, PICTURE) + ".answered", is(false));

        patch("organisations/" + requester, body("municipalityCode", NYBRO));
        followUp(survey)
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, PICTURE) + ".supportRequests.id", contains(request));

        Database.updateOne("update organisation set municipality_code = ? where id = ?", KALMAR_MUNICIPALITY,
                UUID.fromString(requester));
        followUp(survey)
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".supportRequests.id", contains(request))
                .body(need(NYBRO, PICTURE) + ".answered", is(false));
    }

    @Test
    @DisplayName("a request resolved while another transaction moves its organisation to Nybro ends up in Nybro, "
            + "whichever of the two writes first")
    void concurrentResolveAndMove() throws Exception {
        raceWithMove("update support_request set status = 'RESOLVED', resolved_at = now()",
                List.of(Map.of("municipality", NYBRO)), "TRIAGE", "START");
    }

    @Test
    @DisplayName("a RESOLVED request reopened while another transaction moves its organisation to Nybro answers "
            + "nothing, whichever of the two writes first")
    void concurrentReopenAndMove() throws Exception {
        raceWithMove("update support_request set status = 'TRIAGED', resolved_at = null", List.of(),
                "TRIAGE", "START", "RESOLVE");
    }

    /**
     * In both orders, {@code write} (an UPDATE of support_request without its WHERE) of a new Kalmar organisation's
     * request, moved through {@code actions} first, races a move of the organisation to Nybro: the second must wait,
     * and the request's kept rows must then name {@code expected} municipalities.
     */
    private static void raceWithMove(String write, List<Map<String, Object>> expected, String... actions)
            throws Exception {
        for (boolean requestFirst : List.of(true, false)) {
            String requester = organisation(KALMAR_MUNICIPALITY);
            String request = request(requester, PICTURE, actions);
            String update = write + " where county_code = '08' and id = '" + request + "'";
            String moveTo = "update organisation set municipality_code = '" + NYBRO + "'"
                    + " where county_code = '08' and id = '" + requester + "'";
            Database.concurrently(requestFirst ? update : moveTo, requestFirst ? moveTo : update);
            assertEquals(expected, Database.query(
                    "select municipality_code as municipality from support_request_need where request_id = ?",
                    UUID.fromString(request)), requestFirst ? "request first" : "move first");
        }
    }
}
