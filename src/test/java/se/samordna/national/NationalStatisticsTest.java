package se.samordna.national;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.withGarbageToken;
import static se.samordna.testing.Tokens.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.samordna.testing.Database;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

/**
 * GET /national/statistics: every county for the analyst and the admin, nobody else; no name, e-mail or free text in
 * the answer; figures that move by what is added (never absolute counts: the database is shared by the whole run
 * and reused across runs); a period of Swedish days; a fixed number of SQL statements.
 */
@QuarkusTest
@DisplayName("National statistics")
class NationalStatisticsTest {

    static final String STATISTICS = API + "/national/statistics";
    static final String KALMAR = API + "/counties/08";
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** Objects this test made that would change other tests' views (paths under /api/v1), deleted afterwards. */
    final List<String> made = new ArrayList<>();

    @AfterEach
    void deleteWhatWasMade() {
        for (String path : made.reversed()) {
            as(Tokens.COORDINATOR_08).header("If-Match", "*").delete(path).then().statusCode(204);
        }
        made.clear();
    }

    static JsonPath statistics(String user) {
        return as(user).get(STATISTICS).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** Kalmar's row of the analyst's answer for the period's parameters (none: the default period). */
    static JsonPath kalmar(Map<String, String> period) {
        return row(as(Tokens.ANALYST).queryParams(period).get(STATISTICS)
                .then().statusCode(200).extract().jsonPath(), "08");
    }

    /** The row of one county, whose figures are read by paths such as {@code networks.active}. */
    static JsonPath row(JsonPath answer, String countyCode) {
        return new JsonPath(answer.prettify()).setRootPath("counties.find { it.countyCode == '" + countyCode + "' }");
    }

    static long figure(JsonPath row, String path) {
        return row.getLong(path);
    }

    String fileRequest(String organisation, String title, String description) {
        String id = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                .body(body("organisationId", organisation, "topic", "ACTION_PLAN", "title", title,
                        "description", description, "priority", "NORMAL"))
                .post(KALMAR + "/support-requests").then().statusCode(201).extract().path("id");
        made.add(KALMAR + "/support-requests/" + id);
        return id;
    }

    void triage(String request) {
        as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("action", "TRIAGE"))
                .post(KALMAR + "/support-requests/" + request + "/transitions").then().statusCode(200);
    }

    @Nested
    @DisplayName("As national analyst and admin")
    class AsAnalystAndAdmin {

        @ParameterizedTest(name = "{0} gets one row for each of the 21 counties, in county-code order")
        @ValueSource(strings = { Tokens.ANALYST, Tokens.ADMIN })
        void shouldListEveryCounty(String user) {
            JsonPath counties = as(user).get(API + "/counties").then().statusCode(200).extract().jsonPath();
            JsonPath answer = statistics(user);
            assertEquals(21, answer.getList("counties").size());
            assertEquals(counties.getList("items.code"), answer.getList("counties.countyCode"));
            assertEquals(counties.getList("items.name"), answer.getList("counties.countyName"));
            assertEquals(counties.getList("items.municipalityCount"), answer.getList("counties.municipalities"));
            // every figure is there for every county, also for those with nothing
            for (String path : List.of("surveys.total", "surveys.byStatus.DRAFT", "networks.active",
                    "networks.currentMembers", "supportRequests.filed", "supportRequests.byStatus.SUBMITTED",
                    "supportRequests.answered")) {
                assertEquals(21, answer.getList("counties." + path).stream().filter(v -> v instanceof Number).count(),
                        path);
            }
        }

        @Test
        @DisplayName("the period is by default the last 365 Swedish days, today included")
        void shouldDefaultToTheLastYear() {
            LocalDate today = LocalDate.now(SWEDEN);
            JsonPath answer = statistics(Tokens.ANALYST);
            assertEquals(today.toString(), answer.getString("to"));
            assertEquals(today.minusDays(364).toString(), answer.getString("from"));
            JsonPath fromOnly = as(Tokens.ANALYST).queryParam("from", "2026-01-01").get(STATISTICS)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(today.toString(), fromOnly.getString("to"));
            as(Tokens.ANALYST).queryParam("to", "2026-06-30").get(STATISTICS).then().statusCode(200)
                    .body("from", equalTo("2025-07-01")).body("to", equalTo("2026-06-30"));
        }

        @Test
        @DisplayName("GET runs the same 6 SQL statements before and after data is added")
        void shouldRunAFixedNumberOfStatements() {
            Tokens.of(Tokens.ANALYST);
            long before = Statements.of(() -> statistics(Tokens.ANALYST));
            String network = newNetwork("Nätverk " + marker(), "ACTIVE");
            addMember(network, createOrganisation("08", "Förening " + marker()), "2024-01-01", null);
            fileRequest(createOrganisation("08", "Förening " + marker()), "Statistik " + marker(), "Underlag.");
            long after = Statements.of(() -> statistics(Tokens.ANALYST));
            // surveys by status, the latest surveys' coverage, networks and members, meetings held, support requests,
            // and the overview's statement for all counties
            assertEquals(6, before);
            assertEquals(before, after);
        }

    }

    @Nested
    @DisplayName("Figures")
    class Figures {

        @Test
        @DisplayName("an ACTIVE network with one current member, a request and a DRAFT survey in Kalmar move Kalmar's figures by one")
        void shouldCountWhatIsAdded() {
            JsonPath before = kalmar(Map.of());
            Map<String, Object> blekingeBefore = blekinge();

            String organisation = createOrganisation("08", "Förening " + marker());
            String network = newNetwork("Nätverk " + marker(), "ACTIVE");
            addMember(network, organisation, "2024-01-01", null);
            addMember(network, createOrganisation("08", "Förening " + marker()), "2020-01-01", "2021-01-01");
            addMember(network, createOrganisation("08", "Förening " + marker()), LocalDate.now(SWEDEN).plusDays(30)
                    .toString(), null);
            // a network takes members only while ACTIVE: this one is closed after its member joined
            String closed = newNetwork("Nätverk " + marker(), "ACTIVE");
            addMember(closed, createOrganisation("08", "Förening " + marker()), "2024-01-01", null);
            mergePatch(as(Tokens.COORDINATOR_08).header("If-Match", "\"0\""), body("status", "CLOSED"))
                    .patch(KALMAR + "/networks/" + closed).then().statusCode(200);
            String answered = fileRequest(organisation, "Statistik " + marker(), "Underlag.");
            triage(answered);
            fileRequest(organisation, "Statistik " + marker(), "Underlag.");
            newSurvey("DRAFT", "2027-01-15", "2027-03-31");

            JsonPath after = kalmar(Map.of());
            assertEquals(1, figure(after, "networks.active") - figure(before, "networks.active"),
                    "one more ACTIVE network (the CLOSED one is not counted)");
            assertEquals(1, figure(after, "networks.currentMembers") - figure(before, "networks.currentMembers"),
                    "one current member (not the one who left, nor the one who joins next month, nor the CLOSED network's)");
            assertEquals(2, figure(after, "supportRequests.filed") - figure(before, "supportRequests.filed"));
            assertEquals(1, figure(after, "supportRequests.byStatus.SUBMITTED")
                    - figure(before, "supportRequests.byStatus.SUBMITTED"));
            assertEquals(1, figure(after, "supportRequests.byStatus.TRIAGED")
                    - figure(before, "supportRequests.byStatus.TRIAGED"));
            assertEquals(1, figure(after, "supportRequests.answered") - figure(before, "supportRequests.answered"));
            assertEquals(1, figure(after, "surveys.total") - figure(before, "surveys.total"));
            assertEquals(1, figure(after, "surveys.byStatus.DRAFT") - figure(before, "surveys.byStatus.DRAFT"));
            assertEquals(blekingeBefore, blekinge(), "Blekinge's figures did not move");
        }

        Map<String, Object> blekinge() {
            return statistics(Tokens.ANALYST).getMap("counties.find { it.countyCode == '10' }");
        }

        @Test
        @DisplayName("coverage is that of Kalmar's latest OPEN survey: 2 of 12 municipalities reached, as its report says")
        void shouldShowCoverageOfTheLatestSurvey() {
            // opens after every other survey of the run (the newest wins a tie), and is deleted afterwards
            String survey = newSurvey("OPEN", "9999-12-01", "9999-12-31");
            respond(survey, createOrganisation("08", body("name", "Kalmar kommun " + marker(), "type", "MUNICIPALITY",
                    "municipalityCode", "0880")));
            respond(survey, createOrganisation("08", body("name", "Polisen Kalmar " + marker(), "type", "POLICE",
                    "municipalityCode", "0880")));
            respond(survey, createOrganisation("08", body("name", "Nybro kommun " + marker(), "type", "MUNICIPALITY",
                    "municipalityCode", "0881")));
            respond(survey, createOrganisation("08", body("name", "Region Kalmar " + marker(), "type", "REGION")));

            JsonPath latest = kalmar(Map.of());
            assertEquals("OPEN", latest.getString("surveys.latest.status"));
            assertEquals("9999-12-01", latest.getString("surveys.latest.opensOn"));
            assertEquals("9999-12-31", latest.getString("surveys.latest.closesOn"));
            assertEquals(2, latest.getLong("surveys.latest.municipalitiesReached"));
            assertEquals(16.7, latest.getDouble("surveys.latest.reachedPercent"), 0.0001);
            as(Tokens.COORDINATOR_08).get(KALMAR + "/surveys/" + survey + "/report").then().statusCode(200)
                    .body("coverage.reached", is(2)).body("coverage.reachedPercent", is(16.7f));
        }

        @Test
        @DisplayName("followUp is Kalmar's overview in figures: municipalities at level 4, and the needs named and answered")
        void shouldCountAsTheOverviewCounts() {
            JsonPath national = kalmar(Map.of("from", "2026-01-01", "to", "2026-12-31"));
            JsonPath overview = as(Tokens.COORDINATOR_08).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                    .get(KALMAR + "/overview").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = overview.getList("municipalities");
            assertEquals(12, rows.size());
            long levelFour = rows.stream().filter(row -> ((Number) row.get("level")).intValue() == 4).count();
            long named = rows.stream().mapToLong(row -> ((Number) row.get("needsNamed")).longValue()).sum();
            long answered = rows.stream().mapToLong(row -> ((Number) row.get("needsAnswered")).longValue()).sum();
            assertEquals(levelFour, national.getLong("followUp.municipalitiesReachedInAllFour"));
            assertEquals(named, national.getLong("followUp.needsNamed"));
            assertEquals(answered, national.getLong("followUp.needsAnswered"));
            if (named > 0) {
                assertEquals(Math.round(1000.0 * answered / named) / 10.0,
                        national.getDouble("followUp.needsAnsweredPercent"), 0.0001);
            } else {
                assertNull(national.get("followUp.needsAnsweredPercent"));
            }
        }

        @Test
        @DisplayName("meetings held are counted by kind on the Swedish days they start; planned and cancelled ones are not")
        void shouldCountMeetingsHeldInThePeriod() {
            // a March day of a year no other test holds meetings in; Sweden is UTC+1 then
            LocalDate day = LocalDate.of(ThreadLocalRandom.current().nextInt(1900, 1950), 3,
                    ThreadLocalRandom.current().nextInt(2, 28));
            JsonPath before = kalmar(Map.of("from", day.toString(), "to", day.toString()));
            // 23:30 UTC the evening before is 00:30 Swedish time on the day: counted
            holdMeeting("TRAINING", day.minusDays(1).atTime(23, 30), "HELD");
            holdMeeting("SEMINAR", day.atTime(10, 0), "HELD");
            holdMeeting("SEMINAR", day.atTime(12, 0), "PLANNED");
            holdMeeting("NETWORK_MEETING", day.atTime(14, 0), "CANCELLED");
            // 23:30 UTC on the day is the next Swedish day: not counted
            holdMeeting("NETWORK_MEETING", day.atTime(23, 30), "HELD");
            JsonPath after = kalmar(Map.of("from", day.toString(), "to", day.toString()));
            assertEquals(2, after.getLong("meetings.held") - before.getLong("meetings.held"));
            assertEquals(1, after.getLong("meetings.heldByKind.TRAINING") - before.getLong("meetings.heldByKind.TRAINING"));
            assertEquals(1, after.getLong("meetings.heldByKind.SEMINAR") - before.getLong("meetings.heldByKind.SEMINAR"));
            assertEquals(0, after.getLong("meetings.heldByKind.NETWORK_MEETING")
                    - before.getLong("meetings.heldByKind.NETWORK_MEETING"));
        }

        void holdMeeting(String kind, java.time.LocalDateTime startsUtc, String status) {
            Map<String, Object> meeting = new java.util.HashMap<>(Map.of("title", "Möte " + marker(), "theme", "Trygghet",
                    "kind", kind, "startsAt", startsUtc.toInstant(ZoneOffset.UTC).toString(),
                    "endsAt", startsUtc.plusHours(2).toInstant(ZoneOffset.UTC).toString(), "location", "Kalmar",
                    "status", status));
            if ("TRAINING".equals(kind)) {
                meeting.put("audience", "POLITICIANS");
            }
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(meeting).post(KALMAR + "/meetings")
                    .then().statusCode(201);
        }

        @Test
        @DisplayName("the median time to first answer is computed over the requests filed in the Swedish days asked for")
        void shouldComputeTheMedianTimeToFirstAnswer() {
            // a July day (UTC+2 in Sweden) of a year no other test files requests in
            LocalDate day = LocalDate.of(ThreadLocalRandom.current().nextInt(1900, 1950), 7,
                    ThreadLocalRandom.current().nextInt(2, 28));
            String organisation = createOrganisation("08", "Förening " + marker());
            Instant filed = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
            // answered after 1, 2 and 5 hours: the median is 2 hours
            for (int hours : new int[] { 1, 2, 5 }) {
                String id = fileRequest(organisation, "Statistik " + marker(), "Underlag.");
                triage(id);
                Database.updateOne("update support_request set created_at = ? where id = ?::uuid", filed, id);
                Database.updateOne("update support_request_transition set occurred_at = ? where request_id = ?::uuid",
                        filed.plusSeconds(hours * 3600L), id);
            }
            // unanswered: an internal note is no answer; filed at 00:30 Swedish time, still the day
            String internal = fileRequest(organisation, "Statistik " + marker(), "Underlag.");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("text", "Intern notering", "internal", true))
                    .post(KALMAR + "/support-requests/" + internal + "/comments").then().statusCode(201);
            Database.updateOne("update support_request set created_at = ? where id = ?::uuid",
                    day.minusDays(1).atTime(22, 30).toInstant(ZoneOffset.UTC), internal);
            // 00:30 Swedish time the next day: outside the period
            String nextDay = fileRequest(organisation, "Statistik " + marker(), "Underlag.");
            Database.updateOne("update support_request set created_at = ? where id = ?::uuid",
                    day.atTime(22, 30).toInstant(ZoneOffset.UTC), nextDay);

            JsonPath row = kalmar(Map.of("from", day.toString(), "to", day.toString()));
            assertEquals(4, row.getLong("supportRequests.filed"));
            assertEquals(3, row.getLong("supportRequests.byStatus.TRIAGED"));
            assertEquals(1, row.getLong("supportRequests.byStatus.SUBMITTED"));
            assertEquals(3, row.getLong("supportRequests.answered"));
            assertEquals(7200.0, row.getDouble("supportRequests.medianSecondsToFirstAnswer"), 0.001);
            // as the county's own statistics count them
            as(Tokens.COORDINATOR_08).queryParam("from", day.toString()).queryParam("to", day.toString())
                    .get(KALMAR + "/support-requests/statistics").then().statusCode(200)
                    .body("total", is(4)).body("firstAnswer.medianSeconds", is(7200.0f));

            JsonPath nothing = kalmar(Map.of("from", day.minusDays(3).toString(), "to", day.minusDays(2).toString()));
            assertEquals(0, nothing.getLong("supportRequests.filed"));
            assertNull(nothing.get("supportRequests.medianSecondsToFirstAnswer"));
        }
    }

    @Nested
    @DisplayName("No personal data")
    class NoPersonalData {

        private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private static final Pattern CONSTANT = Pattern.compile("[A-Z_]+");

        @Test
        @DisplayName("names, e-mail addresses and texts written in Kalmar appear nowhere; every text is a county, a day or a constant")
        void shouldAnswerWithCountsOnly() throws IOException {
            String marker = marker();
            String organisation = createOrganisation("08", body("name", "Förening " + marker, "type", "CIVIL_SOCIETY",
                    "municipalityCode", "0880"));
            String contact = createContact("08", body("name", "Person " + marker, "organisationId", organisation,
                    "email", marker + "@example.se", "phone", "0480-" + Math.floorMod(marker.hashCode(), 1000000),
                    "title", "Titel " + marker));
            String network = newNetwork("Nätverk " + marker, "ACTIVE");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("contactId", contact, "role", "CHAIR", "joinedOn", "2024-01-01"))
                    .post(KALMAR + "/networks/" + network + "/memberships").then().statusCode(201);
            String request = fileRequest(organisation, "Begäran " + marker, "Beskrivning " + marker);
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("text", "Kommentar " + marker))
                    .post(KALMAR + "/support-requests/" + request + "/comments").then().statusCode(201);

            JsonPath reference = as(Tokens.ANALYST).get(API + "/counties").then().statusCode(200).extract().jsonPath();
            Set<String> counties = new HashSet<>(reference.getList("items.name"));
            counties.addAll(reference.getList("items.code"));
            for (String user : List.of(Tokens.ANALYST, Tokens.ADMIN)) {
                String json = as(user).get(STATISTICS).then().statusCode(200).extract().asString();
                assertFalse(json.contains(marker), "the answer contains what was written in Kalmar");
                assertFalse(json.contains("@"), "the answer contains an e-mail address");
                List<String> texts = new ArrayList<>();
                collectTexts(new ObjectMapper().readTree(json), texts);
                for (String text : texts) {
                    boolean county = counties.contains(text);
                    assertTrue(county || DAY.matcher(text).matches() || CONSTANT.matcher(text).matches(),
                            "a text that is no county, day or constant: " + text);
                }
            }
        }

        private static void collectTexts(JsonNode node, List<String> texts) {
            if (node.isTextual()) {
                texts.add(node.asText());
            }
            node.properties().forEach(field -> {
                // object keys are the API's own names or constants (statuses)
                assertTrue(field.getKey().matches("[a-zA-Z_]+"), "a key that is data: " + field.getKey());
            });
            node.forEach(child -> collectTexts(child, texts));
        }
    }

    @Nested
    @DisplayName("Refused")
    class Refused {

        @ParameterizedTest(name = "{0} gets 403 on GET /national/statistics")
        @ValueSource(strings = { Tokens.COORDINATOR_08, Tokens.COORDINATOR_0810, Tokens.MEMBER_08, Tokens.MEMBER2_08,
                Tokens.IMPORTER_08 })
        void shouldRefuseCountyRoles(String user) {
            as(user).get(STATISTICS).then().spec(problem(403, STATISTICS));
        }

        @Test
        @DisplayName("without a token, or with a garbage one, GET answers 401")
        void shouldRequireToken() {
            RestAssured.given().get(STATISTICS).then().spec(problem(401))
                    .header("WWW-Authenticate", startsWith("Bearer"));
            withGarbageToken().get(STATISTICS).then().spec(problem(401));
        }

        @ParameterizedTest(name = "the analyst gets 403 on {0} {1}")
        @CsvSource({ "GET, /counties/08/organisations", "GET, /counties/08/contacts", "GET, /counties/08/networks",
                "GET, /counties/08/surveys", "GET, /counties/08/support-requests",
                "GET, /counties/08/support-requests/statistics", "GET, /counties/08/changes",
                "POST, /counties/08/organisations", "GET, /counties/10/networks", "GET, /counties/01/support-requests" })
        void shouldRefuseTheAnalystOnCountyPaths(String method, String path) {
            as(Tokens.ANALYST).contentType(ContentType.JSON).body("{}").request(method, API + path)
                    .then().spec(problem(403, API + path));
        }

        @Test
        @DisplayName("the analyst reads the reference data of a county, as every signed-in caller")
        void shouldLetTheAnalystReadReferenceData() {
            as(Tokens.ANALYST).get(KALMAR).then().statusCode(200).body("name", equalTo("Kalmar län"));
            as(Tokens.ANALYST).get(KALMAR + "/municipalities").then().statusCode(200).body("items", hasSize(12));
        }
    }

    @Nested
    @DisplayName("Bad periods")
    class BadPeriods {

        @ParameterizedTest(name = "from={0} answers 400 naming from")
        @ValueSource(strings = { "2026-02-30", "igår", "2026-1-1", "20260101", "+10000-01-01", "-0001-01-01",
                "2026-01-01T00:00:00Z", "\u0000" })
        void shouldRefuseBadFrom(String from) {
            as(Tokens.ANALYST).queryParam("from", from).get(STATISTICS).then().spec(problem(400))
                    .body("errors.field", contains("from"));
        }

        @ParameterizedTest(name = "to={0} answers 400 naming to")
        @ValueSource(strings = { "2026-13-01", "i morgon", "+999999999-12-31" })
        void shouldRefuseBadTo(String to) {
            as(Tokens.ANALYST).queryParam("to", to).get(STATISTICS).then().spec(problem(400))
                    .body("errors.field", contains("to"));
        }

        @Test
        @DisplayName("to before from answers 400 naming to; the same day is a period of one day")
        void shouldRefuseToBeforeFrom() {
            as(Tokens.ANALYST).queryParam("from", "2026-06-01").queryParam("to", "2026-05-31").get(STATISTICS)
                    .then().spec(problem(400)).body("errors.field", contains("to"));
            as(Tokens.ANALYST).queryParam("from", "2026-06-01").queryParam("to", "2026-06-01").get(STATISTICS)
                    .then().statusCode(200).body("from", equalTo("2026-06-01")).body("to", equalTo("2026-06-01"));
        }

        @ParameterizedTest(name = "from={0} and to={1}, days at the ends of the calendar, answer 200")
        @CsvSource({ "0001-01-01, ''", "'', 0001-01-01", "9999-12-31, 9999-12-31", "0001-01-01, 9999-12-31" })
        void shouldAcceptEveryFourDigitYear(String from, String to) {
            as(Tokens.ANALYST).queryParam("from", from == null ? "" : from).queryParam("to", to == null ? "" : to)
                    .get(STATISTICS).then().statusCode(200).body("counties", hasSize(21));
        }

        @Test
        @DisplayName("a from after today without a to answers 400 naming to (today by default)")
        void shouldRefuseFromInTheFuture() {
            as(Tokens.ANALYST).queryParam("from", LocalDate.now(SWEDEN).plusDays(2).toString()).get(STATISTICS)
                    .then().spec(problem(400)).body("errors.field", contains("to"));
        }
    }

    // ---- data made through the API as coordinator-08 ------------------------------------------------------------

    String newNetwork(String name, String status) {
        return as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                .body(body("name", name, "purpose", "Syfte " + name, "status", status))
                .post(KALMAR + "/networks").then().statusCode(201).extract().path("id");
    }

    void addMember(String network, String organisation, String joinedOn, String leftOn) {
        as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                .body(body("organisationId", organisation, "role", "MEMBER", "joinedOn", joinedOn, "leftOn", leftOn))
                .post(KALMAR + "/networks/" + network + "/memberships").then().statusCode(201);
    }

    String newSurvey(String status, String opensOn, String closesOn) {
        String id = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                .body(body("title", "Behovskartläggning " + marker(), "opensOn", opensOn, "closesOn", closesOn,
                        "status", status, "questions", List.of()))
                .post(KALMAR + "/surveys").then().statusCode(201).extract().path("id");
        made.add(KALMAR + "/surveys/" + id);
        return id;
    }

    void respond(String survey, String organisation) {
        String id = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                .body(body("organisationId", organisation, "mode", "INTERVIEW", "interviewedOn", "2026-11-02",
                        "answers", List.of(), "needs", List.of()))
                .post(KALMAR + "/surveys/" + survey + "/responses").then().statusCode(201).extract().path("id");
        made.add(KALMAR + "/surveys/" + survey + "/responses/" + id);
    }
}
