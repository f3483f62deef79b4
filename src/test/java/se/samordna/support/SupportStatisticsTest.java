package se.samordna.support;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.support.SupportData.KALMAR;
import static se.samordna.support.SupportData.comment;
import static se.samordna.support.SupportData.transition;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samordna.testing.Database;
import se.samordna.testing.Tokens;

/**
 * GET /counties/{cc}/support-requests/statistics on a known data set: requests filed through the API on a January
 * day of the last century no other test uses, their times then set with SQL, and the expected medians and
 * percentiles computed here by hand.
 */
@QuarkusTest
@DisplayName("Support request statistics")
class SupportStatisticsTest {

    static final String STATISTICS = KALMAR + "/statistics";

    @Inject
    SessionFactory sessionFactory;

    /** The day the data set was filed on (Swedish time, UTC+1 in January) and its requests, deleted afterwards. */
    LocalDate day;
    final List<String> requests = new ArrayList<>();

    @BeforeEach
    void pickDay() {
        day = LocalDate.of(ThreadLocalRandom.current().nextInt(1950, 2000), 1,
                ThreadLocalRandom.current().nextInt(5, 26));
    }

    @AfterEach
    void deleteRequests() {
        for (String id : requests) {
            as(Tokens.COORDINATOR_08).header("If-Match", "*").delete(KALMAR + "/" + id).then().statusCode(204);
        }
    }

    /** {@code hour}:{@code minute} UTC on the day. */
    Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    Instant at(int hour, int minute) {
        return at(day, hour, minute);
    }

    String file(String user, String topic, String dueOn) {
        Map<String, Object> request = body("organisationId",
                user.startsWith("member") ? SupportData.memberOrganisation(user) : SupportData.organisationOf("08"),
                "topic", topic, "title", "Statistik " + marker(), "description", "Underlag för statistiken.",
                "priority", "NORMAL", "dueOn", dueOn);
        String id = as(user).contentType(ContentType.JSON).body(request).post(KALMAR)
                .then().statusCode(201).extract().path("id");
        requests.add(id);
        return id;
    }

    void filedAt(String id, Instant at) {
        Database.updateOne("update support_request set created_at = ? where id = ?::uuid", at, id);
    }

    void movedAt(String id, String action, Instant at) {
        Database.updateOne(
                "update support_request_transition set occurred_at = ? where request_id = ?::uuid and action = ?",
                at, id, action);
    }

    void commentedAt(String id, String text, Instant at) {
        Database.updateOne("update support_request_comment set created_at = ? where request_id = ?::uuid and text = ?",
                at, id, text);
    }

    void move(String user, String id, TransitionAction... actions) {
        for (TransitionAction action : actions) {
            transition(user, KALMAR, id, action, null).then().statusCode(200);
        }
    }

    void commentOn(String user, String id, String text, boolean internal) {
        comment(user, KALMAR, id, text, internal).then().statusCode(201);
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar {

        @Test
        @DisplayName("counts, median and p90 time to first answer, median open age and overdue match a hand computation")
        void shouldComputeStatistics() {
            // r1: first answered by TRIAGE after 1 h, then worked and resolved; overdue no more once resolved
            String r1 = file(Tokens.COORDINATOR_08, "ACTION_PLAN", "1949-12-31");
            move(Tokens.COORDINATOR_08, r1, TransitionAction.TRIAGE, TransitionAction.START, TransitionAction.RESOLVE);
            filedAt(r1, at(8, 0));
            movedAt(r1, "TRIAGE", at(9, 0));
            movedAt(r1, "START", at(10, 0));
            movedAt(r1, "RESOLVE", at(11, 0));

            // r2: a coordinator's public comment after 2 h answers it before its TRIAGE after 5 h
            String r2 = file(Tokens.COORDINATOR_08, "ACTION_PLAN", null);
            commentOn(Tokens.COORDINATOR_08, r2, "Vi hör av oss", false);
            move(Tokens.COORDINATOR_08, r2, TransitionAction.TRIAGE);
            filedAt(r2, at(9, 0));
            commentedAt(r2, "Vi hör av oss", at(11, 0));
            movedAt(r2, "TRIAGE", at(14, 0));

            // r3: filed by member-08; its own comment and an internal note come first but answer nothing; TRIAGE after 4 h
            String r3 = file(Tokens.MEMBER_08, "EST", null);
            commentOn(Tokens.MEMBER_08, r3, "Brådskande!", false);
            commentOn(Tokens.COORDINATOR_08, r3, "Internt: kolla budget", true);
            move(Tokens.COORDINATOR_08, r3, TransitionAction.TRIAGE);
            filedAt(r3, at(10, 0));
            commentedAt(r3, "Brådskande!", at(10, 15));
            commentedAt(r3, "Internt: kolla budget", at(10, 30));
            movedAt(r3, "TRIAGE", at(14, 0));

            // r4: declined after 10 h, past its due date but closed: not overdue
            String r4 = file(Tokens.COORDINATOR_08, "SAFETY_SURVEY", "1949-12-31");
            move(Tokens.COORDINATOR_08, r4, TransitionAction.DECLINE);
            filedAt(r4, at(8, 0));
            movedAt(r4, "DECLINE", at(18, 0));

            // r5: never answered, due date passed: overdue
            String r5 = file(Tokens.COORDINATOR_08, "EST", "2000-01-01");
            filedAt(r5, at(11, 0));

            // r6: answered by a public comment after 8 h, still SUBMITTED, due far ahead
            String r6 = file(Tokens.COORDINATOR_08, "EST", "2999-12-31");
            commentOn(Tokens.COORDINATOR_08, r6, "Vi tittar på det", false);
            filedAt(r6, at(12, 0));
            commentedAt(r6, "Vi tittar på det", at(20, 0));

            // r7: filed 23:30 Swedish time the day before (22:30 UTC): outside the period
            String r7 = file(Tokens.COORDINATOR_08, "TRAINING", "1900-01-01");
            filedAt(r7, at(day.minusDays(1), 22, 30));
            // r8: filed 23:30 Swedish time on the day (22:30 UTC): inside
            String r8 = file(Tokens.COORDINATOR_08, "TRAINING", null);
            move(Tokens.COORDINATOR_08, r8, TransitionAction.DECLINE);
            filedAt(r8, at(22, 30));
            movedAt(r8, "DECLINE", at(day.plusDays(1), 0, 30));

            // by hand: answers after 1, 2, 4, 10, 8 and 2 h (r8); sorted 1, 2, 2, 4, 8, 10 hours
            double[] answers = { 1, 2, 4, 10, 8, 2 };
            Arrays.sort(answers);
            // median of six: the mean of the third and fourth, (2 + 4) / 2 = 3 h
            double median = (answers[2] + answers[3]) / 2 * 3600;
            assertEquals(3 * 3600, median);
            // p90, continuous: position 0.9 × (6 − 1) = 4.5, halfway between the fifth (8 h) and sixth (10 h): 9 h
            double p90 = (answers[4] + 0.5 * (answers[5] - answers[4])) * 3600;
            assertEquals(9 * 3600, p90);
            // open: r2 (9:00), r3 (10:00), r5 (11:00), r6 (12:00); median age of four is the age of 10:30
            Instant medianFiled = at(10, 30);

            Instant before = Instant.now();
            long statementsBefore = statements();
            String statistics = as(Tokens.COORDINATOR_08).queryParam("from", day.toString())
                    .queryParam("to", day.toString()).get(STATISTICS)
                    .then().statusCode(200)
                    .body("countyCode", equalTo("08"))
                    .body("from", equalTo(day.toString()))
                    .body("to", equalTo(day.toString()))
                    .body("total", is(7))
                    .body("byStatus.SUBMITTED", is(2))
                    .body("byStatus.TRIAGED", is(2))
                    .body("byStatus.IN_PROGRESS", is(0))
                    .body("byStatus.RESOLVED", is(1))
                    .body("byStatus.DECLINED", is(2))
                    .body("byTopic.ACTION_PLAN", is(2))
                    .body("byTopic.EST", is(3))
                    .body("byTopic.SAFETY_SURVEY", is(1))
                    .body("byTopic.TRAINING", is(1))
                    .body("byTopic.OTHER", is(0))
                    .body("firstAnswer.answered", is(6))
                    .body("firstAnswer.unanswered", is(1))
                    .body("firstAnswer.medianSeconds", is((float) median))
                    .body("firstAnswer.p90Seconds", is((float) p90))
                    .body("open.count", is(4))
                    .body("overdue", is(1))
                    .extract().asString();
            long statements = statements() - statementsBefore;
            Instant after = Instant.now();

            // read as a double: REST Assured's default float cannot hold an age of decades to the second
            double medianAge = JsonPath.from(statistics)
                    .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE))
                    .getDouble("open.medianAgeSeconds");
            assertTrue(medianAge >= Duration.between(medianFiled, before).toSeconds() - 1
                    && medianAge <= Duration.between(medianFiled, after).toSeconds() + 1,
                    "median age of open requests " + medianAge + " s is not the age of " + medianFiled);
            assertEquals(1, statements, "statistics ran " + statements + " statements, not one (one snapshot)");
        }

        @Test
        @DisplayName("a period with no requests answers zeros and no times")
        void shouldAnswerEmptyPeriod() {
            as(Tokens.COORDINATOR_08).queryParam("from", day.toString()).queryParam("to", day.toString())
                    .get(STATISTICS).then().statusCode(200)
                    .body("total", is(0))
                    .body("byStatus.SUBMITTED", is(0))
                    .body("firstAnswer.answered", is(0))
                    .body("firstAnswer.medianSeconds", nullValue())
                    .body("firstAnswer.p90Seconds", nullValue())
                    .body("open.count", is(0))
                    .body("open.medianAgeSeconds", nullValue())
                    .body("overdue", is(0));
        }

        @Test
        @DisplayName("without a period every request of the county counts")
        void shouldCountWholeCounty() {
            String id = file(Tokens.COORDINATOR_08, "OTHER", null);
            int total = as(Tokens.COORDINATOR_08).get(STATISTICS).then().statusCode(200)
                    .body("from", nullValue()).body("to", nullValue())
                    .extract().path("total");
            assertTrue(total >= 1);
            assertTrue(id != null);
        }

        @ParameterizedTest(name = "GET …/statistics?{0} answers 400")
        @ValueSource(strings = { "from=abc", "to=2026-02-30", "from=2026-02-01&to=2026-01-31" })
        void shouldRefuseBadPeriod(String query) {
            String field = query.startsWith("from=abc") ? "from" : "to";
            as(Tokens.COORDINATOR_08).get(STATISTICS + "?" + query).then().spec(problem(400))
                    .body("errors.field", contains(field));
        }
    }

    @Nested
    @DisplayName("As other personas")
    class AsOthers {

        @Test
        @DisplayName("coordinator-0810 reads Kalmar's and Blekinge's statistics")
        void shouldAllowTwoCountyCoordinator() {
            as(Tokens.COORDINATOR_0810).get(STATISTICS).then().statusCode(200).body("countyCode", equalTo("08"));
            as(Tokens.COORDINATOR_0810).get(SupportWorkflowTest.BLEKINGE + "/statistics").then().statusCode(200)
                    .body("countyCode", equalTo("10"));
        }

        @ParameterizedTest(name = "{0} gets 403 on GET /counties/08/support-requests/statistics")
        @ValueSource(strings = { Tokens.COORDINATOR_10, Tokens.MEMBER_08, Tokens.MEMBER2_08, Tokens.IMPORTER_08,
                Tokens.ANALYST })
        void shouldRefuse(String user) {
            as(user).get(STATISTICS).then().spec(problem(403));
        }

        @Test
        @DisplayName("without a token GET …/statistics answers 401")
        void shouldRequireToken() {
            RestAssured.given().get(STATISTICS).then().spec(problem(401))
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }
    }

    long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
