package se.samordna.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.followup.FollowUpData.KALMAR;
import static se.samordna.followup.FollowUpData.NYBRO;
import static se.samordna.followup.FollowUpData.PICTURE;
import static se.samordna.followup.FollowUpData.needOf;
import static se.samordna.followup.FollowUpData.nybroNeedAnswered;
import static se.samordna.followup.FollowUpData.resolvedRequest;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

/** The overview of Kalmar län's municipalities, on data built through the API as coordinator-08. */
@QuarkusTest
@DisplayName("County overview")
class OverviewTest {

    private static final String OVERVIEW = KALMAR + "/overview";
    private static final String CSV = KALMAR + "/overview.csv";

    /** A survey that opens later than any other test's, so that it is the county's latest. */
    static String latestSurvey() {
        return Fixtures.create("08", "surveys", body("title", "Senaste kartläggningen " + marker(),
                "description", "Behov att följa upp", "opensOn", "2099-01-01", "closesOn", "2099-12-31",
                "status", "OPEN", "questions", List.of(body("text", "Övriga önskemål", "type", "TEXT"))));
    }

    @Test
    @DisplayName("lists all 12 municipalities of Kalmar län, the lowest level first; Nybro's survey, meeting, support and needs counted")
    void listsEveryMunicipalityLowestFirst() {
        String survey = latestSurvey();
        nybroNeedAnswered(survey, PICTURE);

        Response overview = as(Tokens.COORDINATOR_08).get(OVERVIEW);
        overview.then().statusCode(200)
                .body("countyCode", is("08"))
                .body("latestSurvey.id", is(survey))
                .body("municipalities", hasSize(12))
                .body("municipalities.municipalityCode", org.hamcrest.Matchers.hasItems("0880", "0881", "0860", "0885"));
        List<Integer> levels = overview.path("municipalities.level");
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i - 1) <= levels.get(i), "levels not lowest first: " + levels);
        }
        String nybroRow = "municipalities.find { it.municipalityCode == '" + NYBRO + "' }";
        overview.then()
                .body(nybroRow + ".municipalityName", is("Nybro"))
                .body(nybroRow + ".reachedBySurvey", is(true))
                .body(nybroRow + ".surveyResponses", is(1))
                .body(nybroRow + ".organisations", greaterThanOrEqualTo(1))
                .body(nybroRow + ".meetingOrganisations", greaterThanOrEqualTo(1))
                .body(nybroRow + ".supportRequestsResolved", greaterThanOrEqualTo(1))
                .body(nybroRow + ".needsNamed", is(1))
                .body(nybroRow + ".needsAnswered", is(1))
                .body(nybroRow + ".level", greaterThanOrEqualTo(3));
    }

    @Test
    @DisplayName("a period that ended before the meeting and the resolution counts neither")
    void periodBounds() {
        String survey = latestSurvey();
        nybroNeedAnswered(survey, PICTURE);
        // the needs answered stay answered: only meetings and support are counted in the period
        as(Tokens.COORDINATOR_08).queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get(OVERVIEW)
                .then().statusCode(200)
                .body("from", is("2020-01-01")).body("to", is("2020-12-31"))
                .body("municipalities.find { it.municipalityCode == '0881' }.meetingOrganisations", is(0))
                .body("municipalities.find { it.municipalityCode == '0881' }.supportRequestsResolved", is(0))
                .body("municipalities.find { it.municipalityCode == '0881' }.needsAnswered", is(1));
    }

    @Test
    @DisplayName("a membership counts while its network is ACTIVE, not once it is CLOSED, as the national statistics count it")
    void closedNetworksHaveNoCurrentMembers() {
        String hultsfred = "municipalities.find { it.municipalityCode == '0860' }.networkMembers";
        int before = as(Tokens.COORDINATOR_08).get(OVERVIEW).then().statusCode(200).extract().path(hultsfred);
        String organisation = FollowUpData.organisation("0860");
        String network = Fixtures.create("08", "networks", body("name", "Hultsfreds nätverk " + marker(),
                "status", "ACTIVE"));
        Fixtures.create("08", "networks/" + network + "/memberships", body("organisationId", organisation,
                "role", "MEMBER", "joinedOn", "2024-01-01"));
        as(Tokens.COORDINATOR_08).get(OVERVIEW).then().statusCode(200).body(hultsfred, is(before + 1));

        mergePatch(as(Tokens.COORDINATOR_08), body("status", "CLOSED")).header("If-Match", "\"0\"")
                .patch(API + "/counties/08/networks/" + network).then().statusCode(200);
        as(Tokens.COORDINATOR_08).get(OVERVIEW).then().statusCode(200).body(hultsfred, is(before));
    }

    @Test
    @DisplayName("the CSV holds a header row and the 12 municipalities in the overview's order")
    void csv() {
        List<String> order = as(Tokens.COORDINATOR_08).get(OVERVIEW).then().statusCode(200)
                .extract().path("municipalities.municipalityCode");
        Response csv = as(Tokens.COORDINATOR_08).get(CSV);
        csv.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("overview-08.csv"));
        List<String> lines = csv.asString().lines().toList();
        assertEquals(13, lines.size(), csv.asString());
        assertEquals("municipalityCode,municipalityName,level,organisations,reachedBySurvey,surveyResponses,"
                + "networkMembers,meetingOrganisations,supportRequestsOpen,supportRequestsResolved,needsNamed,"
                + "needsAnswered", lines.get(0));
        assertEquals(order, lines.subList(1, 13).stream().map(line -> line.substring(0, 4)).toList());
        assertTrue(csv.asString().contains(",Västervik,") && csv.asString().contains(",Mörbylånga,"), "UTF-8 names");
    }

    @ParameterizedTest(name = "{0} gets 403 on both")
    @ValueSource(strings = { Tokens.MEMBER_08, Tokens.MEMBER2_08, Tokens.COORDINATOR_01, Tokens.COORDINATOR_10,
            Tokens.IMPORTER_08, Tokens.ANALYST })
    @DisplayName("members, other counties' coordinators, the importer and the analyst are refused")
    void othersAreRefused(String user) {
        as(user).get(OVERVIEW).then().spec(problem(403, OVERVIEW));
        as(user).get(CSV).then().spec(problem(403, CSV));
    }

    @Test
    @DisplayName("without a token 401; a bad from, or to before from, 400 naming the parameter")
    void unauthenticatedAndBadPeriod() {
        RestAssured.given().get(OVERVIEW).then().spec(problem(401));
        RestAssured.given().get(CSV).then().spec(problem(401));
        as(Tokens.COORDINATOR_08).queryParam("from", "1 maj").get(OVERVIEW).then().spec(problem(400))
                .body("errors.field", contains("from"));
        as(Tokens.COORDINATOR_08).queryParam("from", "2026-05-01").queryParam("to", "2026-04-01").get(CSV)
                .then().spec(problem(400)).body("errors.field", contains("to"));
    }

    @Test
    @DisplayName("the overview runs one statement, however much the county holds")
    void fixedStatementCount() {
        String survey = latestSurvey();
        for (String municipality : List.of("0880", "0881", "0882", "0883")) {
            resolvedRequest(needOf(survey, municipality, PICTURE, 4), PICTURE);
        }
        Tokens.of(Tokens.COORDINATOR_08);
        long statements = Statements.of(() -> as(Tokens.COORDINATOR_08).get(OVERVIEW).then().statusCode(200)
                .body("municipalities", hasSize(12)));
        assertEquals(1, statements, "the overview ran " + statements + " statements");
    }
}
