package se.samordna.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/**
 * The meeting calendars, parsed back with biweekly: the right instants on the days Sweden changes between summer
 * and winter time, stable UIDs, SEQUENCE that grows, cancelled meetings, ETag and If-None-Match.
 */
@QuarkusTest
@DisplayName("Meeting calendars")
class MeetingCalendarTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** 25 October 2026 at 10:00 in Kalmar, seven hours after clocks went back to winter time (UTC+1). */
    static final ZonedDateTime AUTUMN = LocalDateTime.parse("2026-10-25T10:00").atZone(STOCKHOLM);
    /** 28 March 2027 at 10:00 in Kalmar, seven hours after clocks went forward to summer time (UTC+2). */
    static final ZonedDateTime SPRING = LocalDateTime.parse("2027-03-28T10:00").atZone(STOCKHOLM);

    String autumnId;
    String springId;

    @BeforeEach
    void createMeetingsOnTheDaysOfTheChange() {
        autumnId = createAt("Höstmöte " + marker(), AUTUMN);
        springId = createAt("Vårmöte " + marker(), SPRING);
    }

    static String createAt(String title, ZonedDateTime start) {
        return Fixtures.create("08", "meetings", MeetingResourceTest.planned(title,
                "startsAt", start.toOffsetDateTime().toString(),
                "endsAt", start.plusHours(2).toOffsetDateTime().toString()));
    }

    static String ics(String id) {
        return API + "/counties/08/meetings/" + id + ".ics";
    }

    static String period() {
        return API + "/counties/08/meetings.ics";
    }

    /** The one event of a meeting's calendar, as biweekly reads it. */
    static VEvent eventOf(String user, String id) {
        Response response = as(user).get(ics(id));
        response.then().statusCode(200).contentType(startsWith("text/calendar")).header("ETag", notNullValue());
        ICalendar calendar = Biweekly.parse(response.asString()).first();
        assertNotNull(calendar, "no calendar in " + response.asString());
        assertEquals(1, calendar.getEvents().size());
        return calendar.getEvents().get(0);
    }

    static Instant start(VEvent event) {
        return event.getDateStart().getValue().toInstant();
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar {

        @Test
        @DisplayName("GET …/{id}.ics gives the right instants on 2026-10-25 and 2027-03-28 (daylight-saving changes)")
        void shouldKeepInstantsAcrossDst() {
            VEvent autumn = eventOf(Tokens.COORDINATOR_08, autumnId);
            assertEquals(Instant.parse("2026-10-25T09:00:00Z"), start(autumn));
            assertEquals(AUTUMN.toInstant(), start(autumn));
            assertEquals(AUTUMN.plusHours(2).toInstant(), autumn.getDateEnd().getValue().toInstant());
            VEvent spring = eventOf(Tokens.COORDINATOR_08, springId);
            assertEquals(Instant.parse("2027-03-28T08:00:00Z"), start(spring));
            assertEquals(SPRING.plusHours(2).toInstant(), spring.getDateEnd().getValue().toInstant());
            assertEquals(autumnId + "@samordna.se", autumn.getUid().getValue());
            assertEquals("CONFIRMED", autumn.getStatus().getValue());
        }

        @Test
        @DisplayName("a change keeps the UID and raises SEQUENCE; a cancelled meeting is STATUS:CANCELLED")
        void shouldRaiseSequenceAndCancel() {
            VEvent before = eventOf(Tokens.COORDINATOR_08, springId);
            mergePatch(as(Tokens.COORDINATOR_08), body("theme", "Nytt tema")).header("If-Match", "\"0\"")
                    .patch(API + "/counties/08/meetings/" + springId).then().statusCode(200);
            VEvent changed = eventOf(Tokens.COORDINATOR_08, springId);
            assertEquals(before.getUid().getValue(), changed.getUid().getValue());
            assertTrue(changed.getSequence().getValue() > before.getSequence().getValue(),
                    "SEQUENCE did not grow: " + before.getSequence().getValue() + " then "
                            + changed.getSequence().getValue());

            mergePatch(as(Tokens.COORDINATOR_08), body("status", "CANCELLED")).header("If-Match", "\"1\"")
                    .patch(API + "/counties/08/meetings/" + springId).then().statusCode(200);
            VEvent cancelled = eventOf(Tokens.COORDINATOR_08, springId);
            assertEquals("CANCELLED", cancelled.getStatus().getValue());
            assertTrue(cancelled.getSequence().getValue() > changed.getSequence().getValue());
        }

        @Test
        @DisplayName("If-None-Match with the ETag returns 304 without a body, until the meeting changes")
        void shouldAnswerNotModified() {
            String etag = as(Tokens.COORDINATOR_08).get(ics(autumnId)).then().statusCode(200).extract().header("ETag");
            as(Tokens.COORDINATOR_08).header("If-None-Match", etag).get(ics(autumnId))
                    .then().statusCode(304).body(emptyString());
            String periodTag = as(Tokens.COORDINATOR_08).queryParam("from", "2026-10-25").queryParam("to", "2026-10-25")
                    .get(period()).then().statusCode(200).extract().header("ETag");
            as(Tokens.COORDINATOR_08).queryParam("from", "2026-10-25").queryParam("to", "2026-10-25")
                    .header("If-None-Match", periodTag).get(period()).then().statusCode(304);

            mergePatch(as(Tokens.COORDINATOR_08), body("location", "Kalmar slott")).header("If-Match", "\"0\"")
                    .patch(API + "/counties/08/meetings/" + autumnId).then().statusCode(200);
            String changed = as(Tokens.COORDINATOR_08).header("If-None-Match", etag).get(ics(autumnId))
                    .then().statusCode(200).extract().header("ETag");
            assertNotEquals(etag, changed);
        }

        @Test
        @DisplayName("If-None-Match W/ with the ETag, or *, or a list holding it, returns 304; If-Match is not read by a read (it was 412 with no body)")
        void shouldReadOnlyIfNoneMatch() {
            String etag = as(Tokens.COORDINATOR_08).get(ics(autumnId)).then().statusCode(200).extract().header("ETag");
            for (String noneMatch : List.of("W/" + etag, "*", "\"other\", " + etag)) {
                as(Tokens.COORDINATOR_08).header("If-None-Match", noneMatch).get(ics(autumnId))
                        .then().statusCode(304).header("ETag", etag).body(emptyString());
            }
            as(Tokens.COORDINATOR_08).header("If-None-Match", "\"other\"").get(ics(autumnId))
                    .then().statusCode(200).header("ETag", etag);
            as(Tokens.COORDINATOR_08).header("If-Match", "\"nope\"").get(ics(autumnId))
                    .then().statusCode(200).header("ETag", etag).contentType(startsWith("text/calendar"));
            as(Tokens.COORDINATOR_08).header("If-Match", "\"nope\"").get(period())
                    .then().statusCode(200).contentType(startsWith("text/calendar"));
        }

        @Test
        @DisplayName("GET meetings.ics?from=&to= holds the meetings starting in the period, by start")
        void shouldListPeriod() {
            Response response = as(Tokens.COORDINATOR_08).queryParam("from", "2026-10-25")
                    .queryParam("to", "2027-03-28").get(period());
            response.then().statusCode(200).contentType(startsWith("text/calendar"));
            List<String> uids = Biweekly.parse(response.asString()).first().getEvents().stream()
                    .map(e -> e.getUid().getValue()).toList();
            assertTrue(uids.indexOf(autumnId + "@samordna.se") >= 0, "autumn meeting missing");
            assertTrue(uids.indexOf(autumnId + "@samordna.se") < uids.indexOf(springId + "@samordna.se"),
                    "not in order of start: " + uids);

            Response spring = as(Tokens.COORDINATOR_08).queryParam("from", "2027-03-28").queryParam("to", "2027-03-28")
                    .get(period());
            List<String> springUids = Biweekly.parse(spring.asString()).first().getEvents().stream()
                    .map(e -> e.getUid().getValue()).toList();
            assertTrue(springUids.contains(springId + "@samordna.se"));
            assertTrue(!springUids.contains(autumnId + "@samordna.se"));
        }

        @Test
        @DisplayName("GET meetings.ics with only to, or only from, keeps the other bound's default around today: no meeting near today is left out")
        void shouldDefaultTheMissingBoundAroundToday() {
            LocalDate today = LocalDate.now(STOCKHOLM);
            String soon = createAt("Snart " + marker(), today.plusMonths(1).atTime(10, 0).atZone(STOCKHOLM));
            String later = createAt("Senare " + marker(), today.plusMonths(9).atTime(10, 0).atZone(STOCKHOLM));

            // only to: from is three months before today (it was three months before to, which left out next month)
            List<String> untilHalfAYear = uids(as(Tokens.COORDINATOR_08)
                    .queryParam("to", today.plusMonths(6).toString()).get(period()));
            assertTrue(untilHalfAYear.contains(soon + "@samordna.se"), "next month's meeting missing: " + untilHalfAYear);
            assertTrue(!untilHalfAYear.contains(later + "@samordna.se"));
            // only from: to is a year after today (it was a year after from, which left out the ninth month)
            List<String> sinceHalfAYearAgo = uids(as(Tokens.COORDINATOR_08)
                    .queryParam("from", today.minusMonths(6).toString()).get(period()));
            assertTrue(sinceHalfAYearAgo.containsAll(List.of(soon + "@samordna.se", later + "@samordna.se")),
                    "a meeting within the year missing: " + sinceHalfAYearAgo);
            // a bound far from today takes the default span from the bound instead: 2019-10-31 to 2020-01-31
            Response longAgo = as(Tokens.COORDINATOR_08).queryParam("to", "2020-01-31").get(period());
            assertTrue(!uids(longAgo).contains(soon + "@samordna.se"));
            ICalendar calendar = Biweekly.parse(longAgo.asString()).first();
            Instant first = LocalDate.parse("2019-10-31").atStartOfDay(STOCKHOLM).toInstant();
            Instant last = LocalDate.parse("2020-02-01").atStartOfDay(STOCKHOLM).toInstant();
            assertTrue(calendar == null || calendar.getEvents().stream().map(MeetingCalendarTest::start)
                    .allMatch(start -> !start.isBefore(first) && start.isBefore(last)), "a meeting outside the period");
        }

        static List<String> uids(Response response) {
            response.then().statusCode(200).contentType(startsWith("text/calendar"));
            ICalendar calendar = Biweekly.parse(response.asString()).first();
            return calendar == null ? List.of() : calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList();
        }

        @Test
        @DisplayName("GET meetings.ics?networkId= holds only that network's meetings; an unknown network's none")
        void shouldFilterByNetwork() {
            String network = MeetingResourceTest.network("08", "Nätverk " + marker());
            String networkMeeting = Fixtures.create("08", "meetings", MeetingResourceTest.planned("Nätverksträff "
                    + marker(), "networkId", network, "startsAt", AUTUMN.plusHours(3).toOffsetDateTime().toString(),
                    "endsAt", AUTUMN.plusHours(4).toOffsetDateTime().toString()));
            Response response = as(Tokens.MEMBER_08).queryParam("from", "2026-10-25").queryParam("to", "2026-10-25")
                    .queryParam("networkId", network).get(period());
            response.then().statusCode(200);
            assertEquals(List.of(networkMeeting + "@samordna.se"), Biweekly.parse(response.asString()).first()
                    .getEvents().stream().map(e -> e.getUid().getValue()).toList());

            response = as(Tokens.COORDINATOR_08).queryParam("from", "2026-10-25")
                    .queryParam("to", "2026-10-25").queryParam("networkId", UUID.randomUUID().toString()).get(period());
            response.then().statusCode(200);
            ICalendar calendar = Biweekly.parse(response.asString()).first();
            assertTrue(calendar.getEvents().isEmpty(), "events of another network: " + response.asString());
        }

        @Test
        @DisplayName("bad periods and unknown meetings are problems: 400 naming the field, 404")
        void shouldRefuseBadInput() {
            as(Tokens.COORDINATOR_08).queryParam("from", "igår").get(period()).then().spec(problem(400))
                    .body("errors.field", contains("from"));
            as(Tokens.COORDINATOR_08).queryParam("from", "2027-01-02").queryParam("to", "2027-01-01").get(period())
                    .then().spec(problem(400)).body("errors.field", contains("to"));
            as(Tokens.COORDINATOR_08).queryParam("networkId", "bron").get(period()).then().spec(problem(400))
                    .body("errors.field", contains("networkId"));
            as(Tokens.COORDINATOR_08).get(ics(UUID.randomUUID().toString())).then().spec(problem(404));
        }
    }

    @Nested
    @DisplayName("As other personas")
    class AsOthers {

        @Test
        @DisplayName("member-08, member2-08, importer-08 and coordinator-0810 read Kalmar's calendars")
        void shouldLetCountyRead() {
            for (String user : List.of(Tokens.MEMBER_08, Tokens.MEMBER2_08, Tokens.IMPORTER_08, Tokens.COORDINATOR_0810)) {
                assertEquals(AUTUMN.toInstant(), start(eventOf(user, autumnId)), user);
                as(user).get(period()).then().statusCode(200).contentType(startsWith("text/calendar"));
            }
        }

        @Test
        @DisplayName("coordinator-10 and analyst get 403 on Kalmar; a Kalmar meeting under /counties/10 is 404")
        void shouldRefuseOthers() {
            for (String user : List.of(Tokens.COORDINATOR_10, Tokens.ANALYST)) {
                as(user).get(ics(autumnId)).then().spec(problem(403));
                as(user).get(period()).then().spec(problem(403));
            }
            as(Tokens.COORDINATOR_10).get(API + "/counties/10/meetings/" + autumnId + ".ics").then().spec(problem(404));
            as(Tokens.COORDINATOR_0810).get(API + "/counties/10/meetings/" + autumnId + ".ics")
                    .then().spec(problem(404));
        }

        @Test
        @DisplayName("without a token: 401")
        void shouldRequireToken() {
            RestAssured.given().get(ics(autumnId)).then().spec(problem(401));
            RestAssured.given().get(period()).then().spec(problem(401));
        }
    }
}
