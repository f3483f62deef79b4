package se.samordna.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.followup.FollowUpData.KALMAR;
import static se.samordna.followup.FollowUpData.KALMAR_MUNICIPALITY;
import static se.samordna.followup.FollowUpData.NYBRO;
import static se.samordna.followup.FollowUpData.PICTURE;
import static se.samordna.followup.FollowUpData.heldMeeting;
import static se.samordna.followup.FollowUpData.needOf;
import static se.samordna.followup.FollowUpData.organisation;
import static se.samordna.followup.FollowUpData.request;
import static se.samordna.followup.FollowUpData.resolvedRequest;
import static se.samordna.followup.FollowUpData.respond;
import static se.samordna.followup.FollowUpData.survey;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

/** The follow-up of a survey's needs, on data built through the API as coordinator-08. */
@QuarkusTest
@DisplayName("Survey follow-up")
class FollowUpTest {

    static ValidatableResponse followUp(String survey) {
        return as(Tokens.COORDINATOR_08).get(KALMAR + "/surveys/" + survey + "/follow-up").then().statusCode(200);
    }

    static String need(String municipality, String category) {
        return "needs.find { it.municipalityCode == '" + municipality + "' && it.category == '" + category + "' }";
    }

    @Test
    @DisplayName("a need of Nybro for LOCAL_PROBLEM_PICTURE is answered by a RESOLVED request of a Nybro organisation naming it")
    void resolvedRequestAnswers() {
        String survey = survey();
        String nybro = needOf(survey, NYBRO, PICTURE, 5);
        String request = resolvedRequest(nybro, PICTURE);

        followUp(survey)
                .body("municipalities", is(12))
                .body("needs", hasSize(1))
                .body(need(NYBRO, PICTURE) + ".answered", is(true))
                .body(need(NYBRO, PICTURE) + ".municipalityName", is("Nybro"))
                .body(need(NYBRO, PICTURE) + ".priority", is(5))
                .body(need(NYBRO, PICTURE) + ".supportRequests.id", contains(request))
                .body(need(NYBRO, PICTURE) + ".meetings", empty())
                .body("byCategory.find { it.category == '" + PICTURE + "' }.municipalitiesNamed", is(1))
                .body("byCategory.find { it.category == '" + PICTURE + "' }.municipalitiesAnswered", is(1))
                .body("byCategory.find { it.category == '" + PICTURE + "' }.answeredPercent", is(100.0f))
                .body("byCategory", hasSize(8));
    }

    @Test
    @DisplayName("the same need with the request still IN_PROGRESS is not answered")
    void requestInProgressAnswersNothing() {
        String survey = survey();
        String nybro = needOf(survey, NYBRO, PICTURE, 5);
        request(nybro, PICTURE, "TRIAGE", "START");

        followUp(survey)
                .body(need(NYBRO, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, PICTURE) + ".supportRequests", empty())
                .body("byCategory.find { it.category == '" + PICTURE + "' }.municipalitiesAnswered", is(0));
    }

    @Test
    @DisplayName("a request resolved for another category, or before the response, answers nothing")
    void otherCategoryOrEarlierRequestAnswersNothing() {
        String nybro = organisation(NYBRO);
        resolvedRequest(nybro, PICTURE);
        String survey = survey();
        respond(survey, nybro, PICTURE, 3);
        resolvedRequest(nybro, "NETWORKING");

        followUp(survey).body(need(NYBRO, PICTURE) + ".answered", is(false));
    }

    @Test
    @DisplayName("a HELD meeting Kalmar attended answers Kalmar's need, and nothing for Nybro, which did not attend; "
            + "Nybro's unanswered priority-5 need comes first")
    void meetingAnswersOnlyWhoAttended() {
        String survey = survey();
        String nybro = needOf(survey, NYBRO, PICTURE, 5);
        String kalmar = needOf(survey, KALMAR_MUNICIPALITY, PICTURE, 5);
        String meeting = heldMeeting(PICTURE, List.of(kalmar), List.of(nybro));

        followUp(survey)
                .body("needs.municipalityCode", contains(NYBRO, KALMAR_MUNICIPALITY))
                .body(need(NYBRO, PICTURE) + ".answered", is(false))
                .body(need(NYBRO, PICTURE) + ".meetings", empty())
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".answered", is(true))
                .body(need(KALMAR_MUNICIPALITY, PICTURE) + ".meetings.id", contains(meeting))
                .body("byCategory.find { it.category == '" + PICTURE + "' }.municipalitiesNamed", is(2))
                .body("byCategory.find { it.category == '" + PICTURE + "' }.answeredPercent", is(50.0f));
    }

    @ParameterizedTest(name = "{0} gets 403")
    @ValueSource(strings = { Tokens.MEMBER_08, Tokens.MEMBER2_08, Tokens.COORDINATOR_01, Tokens.COORDINATOR_10,
            Tokens.IMPORTER_08, Tokens.ANALYST })
    @DisplayName("members, other counties' coordinators, the importer and the analyst are refused")
    void othersAreRefused(String user) {
        String path = KALMAR + "/surveys/" + survey() + "/follow-up";
        as(user).get(path).then().spec(problem(403, path));
    }

    @Test
    @DisplayName("without a token 401; another county's survey, an unknown one or a malformed id 404 (as every {id} path)")
    void unauthenticatedUnknownAndBad() {
        String survey = survey();
        RestAssured.given().get(KALMAR + "/surveys/" + survey + "/follow-up").then().spec(problem(401));
        as(Tokens.COORDINATOR_10).get(API + "/counties/10/surveys/" + survey + "/follow-up").then().spec(problem(404));
        as(Tokens.COORDINATOR_08).get(KALMAR + "/surveys/" + java.util.UUID.randomUUID() + "/follow-up")
                .then().spec(problem(404));
        as(Tokens.COORDINATOR_08).get(KALMAR + "/surveys/not-a-uuid/follow-up").then().spec(problem(404));
    }

    @Test
    @DisplayName("the follow-up runs the same fixed number of statements for 1 need as for 12 answered by meetings and requests")
    void fixedStatementCount() {
        String small = survey();
        needOf(small, NYBRO, PICTURE, 2);

        String large = survey();
        List<String> municipalities = List.of("0880", "0881", "0882", "0883", "0884", "0885");
        List<String> organisations = municipalities.stream().map(code -> needOf(large, code, PICTURE, 4)).toList();
        organisations.forEach(organisation -> resolvedRequest(organisation, PICTURE));
        heldMeeting(PICTURE, organisations, List.of());

        Tokens.of(Tokens.COORDINATOR_08);
        long one = Statements.of(() -> followUp(small).body("needs", hasSize(1)));
        long many = Statements.of(() -> followUp(large).body("needs", hasSize(6))
                .body("needs.findAll { it.answered }", hasSize(6))
                .body("needs.findAll { it.meetings.size() == 1 && it.supportRequests.size() == 1 }", hasSize(6)));
        assertTrue(one >= 1 && one <= 2, "the follow-up of 1 need ran " + one + " statements");
        assertEquals(one, many, "the follow-up of 6 answered needs ran " + many + " statements, of 1 need " + one);
    }

}
