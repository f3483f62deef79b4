package se.samordna.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samordna.followup.FollowUpData.KALMAR;
import static se.samordna.followup.FollowUpData.KALMAR_MUNICIPALITY;
import static se.samordna.followup.FollowUpData.NYBRO;
import static se.samordna.followup.FollowUpData.PICTURE;
import static se.samordna.followup.FollowUpData.contactOf;
import static se.samordna.followup.FollowUpData.delete;
import static se.samordna.followup.FollowUpData.meeting;
import static se.samordna.followup.FollowUpData.needOf;
import static se.samordna.followup.FollowUpData.onList;
import static se.samordna.followup.FollowUpData.organisation;
import static se.samordna.followup.FollowUpData.patch;
import static se.samordna.followup.FollowUpData.survey;
import static se.samordna.followup.FollowUpTest.followUp;
import static se.samordna.followup.FollowUpTest.need;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Database;
import se.samordna.testing.Tokens;

/**
 * Who attended a meeting is kept on the meeting (V16: its attendees' organisations and their municipalities, kept by
 * triggers), and the follow-up and the overview read it from there: every write that changes who attended, or where
 * an attendee's organisation is, must show in their answers at once.
 */
@QuarkusTest
@DisplayName("Follow-up and overview follow who attended")
class AttendedFollowsWritesTest {

    /** The kept sets of every meeting of the database equal a count from its attendances, whoever wrote them. */
    @AfterEach
    void keptSetsEqualARecount() {
        List<Map<String, Object>> differing = Database.query("""
                select m.county_code, m.id from meeting m
                left join lateral (
                    select coalesce(array_agg(distinct o.id order by o.id), '{}') as organisations,
                           coalesce(array_agg(distinct o.municipality_code order by o.municipality_code)
                               filter (where o.municipality_code is not null), '{}') as municipalities
                    from attendance a
                    join contact c on c.county_code = a.county_code and c.id = a.contact_id
                    join organisation o on o.county_code = c.county_code and o.id = c.organisation_id
                    where a.county_code = m.county_code and a.meeting_id = m.id and a.status = 'ATTENDED') x on true
                where m.attended_organisations <> x.organisations
                    or m.attended_municipalities::text[] <> x.municipalities::text[]""");
        assertEquals(List.of(), differing, "meetings whose kept attendees differ from their attendances");
    }

    @Test
    @DisplayName("an attendance set to ATTENDED answers the need of its organisation's municipality; "
            + "set back to ABSENT, or deleted, it answers nothing")
    void attendanceWrites() {
        String survey = survey();
        needOf(survey, NYBRO, PICTURE, 5);
        String meeting = meeting(PICTURE, "HELD");
        String attendance = onList(meeting, contactOf(organisation(NYBRO)), "ABSENT");
        followUp(survey).body(need(NYBRO, PICTURE) + ".answered", is(false));

        patch("meetings/" + meeting + "/attendance/" + attendance, body("status", "ATTENDED"));
        followUp(survey).body(need(NYBRO, PICTURE) + ".meetings.id", contains(meeting));

        patch("meetings/" + meeting + "/attendance/" + attendance, body("status", "ABSENT"));
        followUp(survey).body(need(NYBRO, PICTURE) + ".answered", is(false));

        patch("meetings/" + meeting + "/attendance/" + attendance, body("status", "ATTENDED"));
        followUp(survey).body(need(NYBRO, PICTURE) + ".answered", is(true));
        delete("meetings/" + meeting + "/attendance/" + attendance);
        followUp(survey).body(need(NYBRO, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, PICTURE) + ".meetings", empty());
    }

    @Test
    @DisplayName("a PLANNED meeting answers nothing; once HELD, it answers the needs of those who ATTENDED")
    void meetingStatus() {
        String survey = survey();
        needOf(survey, NYBRO, PICTURE, 5);
        String meeting = meeting(PICTURE, "PLANNED");
        String attendance = onList(meeting, contactOf(organisation(NYBRO)), "REGISTERED");
        followUp(survey).body(need(NYBRO, PICTURE) + ".answered", is(false));

        patch("meetings/" + meeting, body("status", "HELD"));
        followUp(survey).body(need(NYBRO, PICTURE) + ".answered", is(false));

        patch("meetings/" + meeting + "/attendance/" + attendance, body("status", "ATTENDED"));
        followUp(survey).body(need(NYBRO, PICTURE) + ".meetings.id", contains(meeting));
    }

    @Test
    @DisplayName("a contact that moves to a Nybro organisation takes its attendance from Kalmar's need to Nybro's; "
            + "erased, it answers neither")
    void contactMoves() {
        String survey = survey();
        needOf(survey, NYBRO, PICTURE, 5);
        needOf(survey, KALMAR_MUNICIPALITY, PICTURE, 5);
        String contact = contactOf(organisation(KALMAR_MUNICIPALITY));
        String meeting = meeting(PICTURE, "HELD");
        onList(meeting, contact, "ATTENDED");
        followUp(survey)
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".meetings.id", contains(meeting))
                .body(need(NYBRO, PICTURE) + ".answered", is(false));

        patch("contacts/" + contact, body("organisationId", organisation(NYBRO)));
        followUp(survey)
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, PICTURE) + ".meetings.id", contains(meeting));

        delete("contacts/" + contact);
        followUp(survey)
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, PICTURE) + ".answered", is(false));
    }

    @Test
    @DisplayName("an organisation that moves to Nybro takes its contacts' attendances to Nybro's need, "
            + "also when written by SQL (as imports and loads write)")
    void organisationMoves() {
        String survey = survey();
        needOf(survey, NYBRO, PICTURE, 5);
        needOf(survey, KALMAR_MUNICIPALITY, PICTURE, 5);
        String attendee = organisation(KALMAR_MUNICIPALITY);
        String meeting = meeting(PICTURE, "HELD");
        onList(meeting, contactOf(attendee), "ATTENDED");
        onList(meeting, contactOf(attendee), "ATTENDED");
        followUp(survey).body(need(NYBRO, PICTURE) + ".answered", is(false));

        patch("organisations/" + attendee, body("municipalityCode", NYBRO));
        followUp(survey)
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, PICTURE) + ".meetings.id", contains(meeting));

        Database.updateOne("update organisation set municipality_code = ? where id = ?", KALMAR_MUNICIPALITY,
                UUID.fromString(attendee));
        followUp(survey)
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".meetings.id", contains(meeting))
                .body(need(NYBRO, PICTURE) + ".answered", is(false));
    }

    @Test
    @DisplayName("the overview counts a meeting's organisations, and the needs it answers, where its attendees' "
            + "organisations are now")
    void overviewFollows() {
        String survey = OverviewTest.latestSurvey();
        needOf(survey, NYBRO, PICTURE, 5);
        String attendee = organisation(KALMAR_MUNICIPALITY);
        String contact = contactOf(attendee);
        Map<String, Integer> before = meetingOrganisations();
        String meeting = meeting(PICTURE, "HELD");
        onList(meeting, contact, "ATTENDED");
        assertEquals(before.get(KALMAR_MUNICIPALITY) + 1, meetingOrganisations().get(KALMAR_MUNICIPALITY));
        assertEquals(0, needsAnswered(NYBRO));

        String nybroOrganisation = organisation(NYBRO);
        patch("contacts/" + contact, body("organisationId", nybroOrganisation));
        Map<String, Integer> moved = meetingOrganisations();
        assertEquals(before.get(KALMAR_MUNICIPALITY), moved.get(KALMAR_MUNICIPALITY));
        assertEquals(before.get(NYBRO) + 1, moved.get(NYBRO));
        assertEquals(1, needsAnswered(NYBRO));

        patch("organisations/" + nybroOrganisation, body("municipalityCode", KALMAR_MUNICIPALITY));
        Map<String, Integer> movedBack = meetingOrganisations();
        assertEquals(before.get(KALMAR_MUNICIPALITY) + 1, movedBack.get(KALMAR_MUNICIPALITY));
        assertEquals(before.get(NYBRO), movedBack.get(NYBRO));
        assertEquals(0, needsAnswered(NYBRO));
    }

    @Test
    @DisplayName("an attendance written while another transaction moves its contact to Nybro ends up in Nybro, "
            + "whichever of the two writes first")
    void concurrentAttendanceAndMove() throws Exception {
        for (boolean attendanceFirst : List.of(true, false)) {
            String contact = contactOf(organisation(KALMAR_MUNICIPALITY));
            String nybro = organisation(NYBRO);
            String meeting = meeting(PICTURE, "HELD");
            String attend = "insert into attendance (county_code, id, meeting_id, contact_id, status, version,"
                    + " created_at, created_by, updated_at, updated_by) values ('08', gen_random_uuid(), '" + meeting
                    + "', '" + contact + "', 'ATTENDED', 0, now(), 'test', now(), 'test')";
            String move = "update contact set organisation_id = '" + nybro + "' where county_code = '08' and id = '"
                    + contact + "'";
            Database.concurrently(attendanceFirst ? attend : move, attendanceFirst ? move : attend);
            assertEquals(List.of(Map.of("municipalities", "{" + NYBRO + "}")), Database.query(
                    "select attended_municipalities::text as municipalities from meeting where id = ?",
                    UUID.fromString(meeting)), attendanceFirst ? "attendance first" : "move first");
        }
    }

    @Test
    @DisplayName("two attendances of one meeting written at once, of a Kalmar and a Nybro contact, keep both")
    void concurrentAttendances() throws Exception {
        String meeting = meeting(PICTURE, "HELD");
        List<String> inserts = List.of(KALMAR_MUNICIPALITY, NYBRO).stream()
                .map(municipality -> "insert into attendance (county_code, id, meeting_id, contact_id, status, version,"
                        + " created_at, created_by, updated_at, updated_by) values ('08', gen_random_uuid(), '"
                        + meeting + "', '" + contactOf(organisation(municipality)) + "', 'ATTENDED', 0, now(), 'test',"
                        + " now(), 'test')")
                .toList();
        Database.concurrently(inserts.get(0), inserts.get(1));
        assertEquals(List.of(Map.of("municipalities", "{" + KALMAR_MUNICIPALITY + "," + NYBRO + "}")), Database.query(
                "select attended_municipalities::text as municipalities from meeting where id = ?",
                UUID.fromString(meeting)));
    }

    private static Response overview() {
        Response overview = as(Tokens.COORDINATOR_08).get(KALMAR + "/overview");
        overview.then().statusCode(200);
        return overview;
    }

    /** Each municipality's meeting organisations in the overview of the last 365 days. */
    private static Map<String, Integer> meetingOrganisations() {
        List<Map<String, Object>> rows = overview().path("municipalities");
        return rows.stream().collect(java.util.stream.Collectors.toMap(
                row -> (String) row.get("municipalityCode"), row -> (Integer) row.get("meetingOrganisations")));
    }

    private static int needsAnswered(String municipality) {
        return overview().path("municipalities.find { it.municipalityCode == '" + municipality + "' }.needsAnswered");
    }
}
