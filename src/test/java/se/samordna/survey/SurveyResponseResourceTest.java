package se.samordna.survey;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.subjectOf;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Operation;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

/**
 * Survey responses under {@code /counties/{cc}/surveys/{id}/responses}, on the shared contract (nested under
 * {@code surveys}; who may do what from the table's row {@code surveys/responses}), and their own rules: answers
 * checked against their questions, one response per organisation, writes only while the survey is OPEN, a member's
 * SELF response for its own organisation, the report and the CSV. Before each test coordinator-08 creates an OPEN
 * survey with one question of each type (and coordinator-10 one in Blekinge), a Nybro organisation and its INTERVIEW
 * response (the contract's Kalmar object), which the tests read, change and delete.
 */
@QuarkusTest
@DisplayName("Survey responses")
@CountyResource(parent = "surveys", collection = "responses", noun = "survey response",
        resourceType = "survey-response", nameField = "")
class SurveyResponseResourceTest extends CountyResourceContract {

    String surveyId;
    /** The survey's questions' ids: SINGLE_CHOICE (required), MULTI_CHOICE, SCALE_1_5 (required), TEXT. */
    List<String> questionIds;
    /** {@code /counties/08/surveys/{surveyId}/responses}, without the API root. */
    String responses;
    String organisationId;
    String organisationName;
    String responseId;

    /** The questions' ids of this test's Kalmar (08) and Blekinge (10) surveys. */
    final Map<String, List<String>> questionsIn = new HashMap<>();
    /** Kalmar organisations that have not responded, made before each test, which validWrite() names in turn. */
    final List<String> spare = new ArrayList<>();
    int nextSpare;

    // ---- what the contract needs --------------------------------------------------------------------------------

    @Override
    protected String newParent(String countyCode) {
        Response survey = as(Fixtures.coordinatorOf(countyCode)).contentType(ContentType.JSON)
                .body(SurveyResourceTest.survey("Behovskartläggning " + marker(), "OPEN",
                        SurveyResourceTest.fourQuestions()))
                .post(API + "/counties/" + countyCode + "/surveys");
        survey.then().statusCode(201);
        questionsIn.put(countyCode, survey.path("questions.id"));
        return survey.path("id");
    }

    @Override
    protected Write newKalmarObject() {
        questionIds = questionsIn.get("08");
        organisationName = "Nybro kommun " + marker();
        organisationId = createOrganisation("08", body("name", organisationName, "type", "MUNICIPALITY",
                "municipalityCode", "0881"));
        spare.clear();
        nextSpare = 0;
        for (int i = 0; i < 3; i++) {
            spare.add(newOrganisation("0880", "POLICE"));
        }
        return Write.of(interview(organisationId))
                .answering("needs", hasSize(2))
                .answering("needs.category", contains("LOCAL_PROBLEM_PICTURE", "COUNCIL_TRAINING"))
                .answering("needs.note", contains("Lägesbild för centrum", null))
                .answering("interviewer.name", equalTo("coordinator-08"));
    }

    @BeforeEach
    void nameTheContractsObjects() {
        surveyId = kalmarParentId;
        responses = kalmar;
        responseId = kalmarId;
    }

    /** An INTERVIEW of a Kalmar organisation that has not responded (three in turn; none of them a member's). */
    @Override
    protected Map<String, Object> validWrite() {
        return interview(spare.get(nextSpare++ % spare.size()), questionIds);
    }

    /** In Blekinge, an INTERVIEW of a new Blekinge organisation answering the Blekinge survey. */
    @Override
    protected Map<String, Object> validWrite(String countyCode) {
        return "08".equals(countyCode) ? validWrite() : newObject(countyCode, "Ronneby " + marker());
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        String organisation = createOrganisation(countyCode, body("name", name, "type", "OTHER"));
        return interview(organisation, questionsIn.get(countyCode));
    }

    @Override
    protected Write fullCreate() {
        String police = newOrganisation(null, "POLICE");
        return Write.of(interview(police))
                .answering("needs", hasSize(2))
                .answering("needs.note", contains("Lägesbild för centrum", null))
                .answering("organisationType", equalTo("POLICE"))
                .answering("surveyId", equalTo(kalmarParentId))
                .answering("interviewer.name", equalTo("coordinator-08"))
                .answering("interviewer.subject", equalTo(subjectOf(Tokens.COORDINATOR_08)));
    }

    /** Another organisation, SELF, only the required answers: no interview date, no interviewer. */
    @Override
    protected Write replacement() {
        String council = newOrganisation("0882", "LOCAL_COUNCIL");
        return Write.of(self(council))
                .answering("needs", hasSize(1))
                .answering("needs.category", contains("GOOD_EXAMPLES"))
                .answering("interviewedOn", nullValue())
                .answering("interviewer", nullValue());
    }

    @Override
    protected Write changingPatch() {
        return new Write(body("needs", List.of(body("category", "NEW_KNOWLEDGE", "priority", 2))),
                Map.of("needs.category", contains("NEW_KNOWLEDGE"), "needs.priority", contains(2)));
    }

    @Override
    protected Write removingPatch() {
        return new Write(body("needs", null), Map.of("needs", empty()));
    }

    @Override
    protected String resolve(String badBody) {
        return badBody.replace("{org}", organisationId).replace("{q0}", questionIds.get(0))
                .replace("{q2}", questionIds.get(2));
    }

    @Override
    protected Stream<Arguments> badBodies() {
        String answers = "\"answers\": [{\"questionId\": \"{q0}\", \"value\": \"Goda exempel\"}, "
                + "{\"questionId\": \"{q2}\", \"value\": 3}]";
        String self = "\"organisationId\": \"{org}\", \"mode\": \"SELF\"";
        return Stream.of(
                arguments(named("no organisationId", "{\"mode\": \"SELF\", " + answers + "}"), "organisationId"),
                arguments(named("an organisationId that is no UUID", "{\"organisationId\": \"Nybro\", "
                        + "\"mode\": \"SELF\", " + answers + "}"), "organisationId"),
                arguments(named("mode PHONE", "{\"organisationId\": \"{org}\", \"mode\": \"PHONE\", " + answers + "}"),
                        "mode"),
                arguments(named("answers that are no array", "{" + self + ", \"answers\": \"Ja\"}"), "answers"),
                arguments(named("a scale value of 6", "{" + self + ", \"answers\": [{\"questionId\": \"{q0}\", "
                        + "\"value\": \"Goda exempel\"}, {\"questionId\": \"{q2}\", \"value\": 6}]}"),
                        "answers[1].value"),
                arguments(named("a need of priority 6", "{" + self + ", " + answers
                        + ", \"needs\": [{\"category\": \"GOOD_EXAMPLES\", \"priority\": 6}]}"), "needs[0].priority"),
                arguments(named("an unknown field colour", "{" + self + ", " + answers + ", \"colour\": \"red\"}"),
                        "colour"));
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.of(
                arguments(named("\"mode\": \"PHONE\"", "{\"mode\": \"PHONE\"}"), "mode"),
                arguments(named("\"organisationId\": null", "{\"organisationId\": null}"), "organisationId"),
                arguments(named("\"interviewedOn\": null (an INTERVIEW)", "{\"interviewedOn\": null}"), "interviewedOn"),
                arguments(named("a need of category NOPE", "{\"needs\": [{\"category\": \"NOPE\", \"priority\": 3}]}"),
                        "needs[0].category"),
                arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"));
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"mode\": ", "{\"mode\": \"SELF\" \"needs\": []}", "[{\"mode\": \"SELF\"}]", "\"SELF\"",
                "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.of("{\"mode\": ", "[{\"mode\": \"SELF\"}]", "\"SELF\"", "null");
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(arguments("mode=PHONE", "mode"), arguments("organisationId=nope", "organisationId"));
    }

    /** member-08's own organisation's SELF response to the Kalmar survey. */
    @Override
    protected Placed ownedBy(String member) {
        String id = as(member).contentType(ContentType.JSON).body(self(Fixtures.linkedOrganisationOf(member)))
                .post(API + kalmar).then().statusCode(201).extract().path("id");
        return new Placed(kalmar, id);
    }

    // ---- data and help ------------------------------------------------------------------------------------------

    /** An INTERVIEW answering every question of the test's Kalmar survey, with two needs (the second without note). */
    Map<String, Object> interview(String organisation) {
        return interview(organisation, questionIds);
    }

    static Map<String, Object> interview(String organisation, List<String> questionIds) {
        return body("organisationId", organisation, "mode", "INTERVIEW", "interviewedOn", "2027-02-03",
                "answers", List.of(
                        body("questionId", questionIds.get(0), "value", "Lokal problembild"),
                        body("questionId", questionIds.get(1), "value", List.of("Ungdomsbrottslighet", "Trygghet i centrum")),
                        body("questionId", questionIds.get(2), "value", 4),
                        body("questionId", questionIds.get(3), "value", "Vi önskar stöd med lägesbild för Åby")),
                "needs", List.of(
                        body("category", "LOCAL_PROBLEM_PICTURE", "priority", 5, "note", "Lägesbild för centrum"),
                        body("category", "COUNCIL_TRAINING", "priority", 3, "note", null)));
    }

    /** A SELF response answering only the required questions. */
    Map<String, Object> self(String organisation) {
        return body("organisationId", organisation, "mode", "SELF",
                "answers", List.of(
                        body("questionId", questionIds.get(0), "value", "Goda exempel"),
                        body("questionId", questionIds.get(2), "value", 2)),
                "needs", List.of(body("category", "GOOD_EXAMPLES", "priority", 4)));
    }

    /** Records a response to the test's survey as coordinator-08 and returns its id. */
    String record(Map<String, Object> response) {
        return record(surveyId, response);
    }

    static String record(String survey, Map<String, Object> response) {
        return as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(response)
                .post(API + "/counties/08/surveys/" + survey + "/responses")
                .then().statusCode(201).extract().path("id");
    }

    String newOrganisation(String municipality, String type) {
        return createOrganisation("08", body("name", "Aktör " + marker(), "type", type, "municipalityCode", municipality));
    }

    long count() {
        return as(Tokens.COORDINATOR_08).get(API + responses).then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
    }

    /** The test's response is as recorded, at version 0, and the survey has as many responses as before. */
    void assertResponseUntouched(long countBefore) {
        as(Tokens.COORDINATOR_08).get(API + responses + "/" + responseId).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("organisationId", equalTo(organisationId))
                .body("organisationName", equalTo(organisationName))
                .body("mode", equalTo("INTERVIEW"))
                .body("answers.value", contains("Lokal problembild", List.of("Ungdomsbrottslighet", "Trygghet i centrum"),
                        4, "Vi önskar stöd med lägesbild för Åby"))
                .body("needs.category", contains("LOCAL_PROBLEM_PICTURE", "COUNCIL_TRAINING"));
        assertEquals(countBefore, count(), "the number of responses changed");
    }

    /** The body each operation sends: a new organisation's response for POST, the test's organisation's otherwise. */
    Map<String, Object> bodyFor(Operation operation) {
        return operation == Operation.CREATE ? interview(newOrganisation("0880", "POLICE")) : interview(organisationId);
    }

    Response call(RequestSpecification request, Operation operation) {
        return operation.call(request, responses, responseId, bodyFor(operation));
    }

    Response report(RequestSpecification request) {
        return request.get(API + "/counties/08/surveys/" + surveyId + "/report");
    }

    Response csv(RequestSpecification request) {
        return request.get(API + "/counties/08/surveys/" + surveyId + "/responses.csv");
    }

    static List<CSVRecord> parse(String csv) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the report and the CSV: coordinators of the county only (the contract covers the responses) ------------

    static Stream<Arguments> reportPersonas() {
        return Stream.of(
                arguments(named("coordinator-08", (Supplier<RequestSpecification>) () -> as(Tokens.COORDINATOR_08)), 200),
                arguments(named("coordinator-0810", (Supplier<RequestSpecification>) () -> as(Tokens.COORDINATOR_0810)), 200),
                arguments(named("coordinator-10", (Supplier<RequestSpecification>) () -> as(Tokens.COORDINATOR_10)), 403),
                arguments(named("member-08", (Supplier<RequestSpecification>) () -> as(Tokens.MEMBER_08)), 403),
                arguments(named("member2-08", (Supplier<RequestSpecification>) () -> as(Tokens.MEMBER2_08)), 403),
                arguments(named("importer-08", (Supplier<RequestSpecification>) () -> as(Tokens.IMPORTER_08)), 403),
                arguments(named("analyst", (Supplier<RequestSpecification>) () -> as(Tokens.ANALYST)), 403),
                arguments(named("no token", (Supplier<RequestSpecification>) RestAssured::given), 401));
    }

    @Nested
    @DisplayName("Report and CSV by persona")
    class ReportAndCsvByPersona {

        @ParameterizedTest(name = "GET …/report and …/responses.csv as {0} answer {1}")
        @MethodSource("se.samordna.survey.SurveyResponseResourceTest#reportPersonas")
        void shouldAnswerCoordinatorsOnly(Supplier<RequestSpecification> request, int status) {
            if (status == 200) {
                report(request.get()).then().statusCode(200).body("surveyId", equalTo(surveyId));
                csv(request.get()).then().statusCode(200).contentType(startsWith("text/csv"));
            } else {
                report(request.get()).then().spec(problem(status));
                csv(request.get()).then().spec(problem(status));
            }
        }

        @Test
        @DisplayName("the Kalmar survey's report and CSV asked for under /counties/10 return 404")
        void shouldNotFindKalmarSurveyInBlekinge() {
            for (String user : List.of(Tokens.COORDINATOR_10, Tokens.COORDINATOR_0810)) {
                as(user).get(API + "/counties/10/surveys/" + surveyId + "/report").then().spec(problem(404));
                as(user).get(API + "/counties/10/surveys/" + surveyId + "/responses.csv").then().spec(problem(404));
            }
        }
    }

    // ---- a coordinator's rules ----------------------------------------------------------------------------------

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar {

        @Test
        @DisplayName("POST records a SELF response without an interviewer; unanswered optional questions are left out")
        void shouldRecordSelf() {
            String council = newOrganisation("0881", "LOCAL_COUNCIL");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(self(council)).post(API + responses)
                    .then().statusCode(201)
                    .body("mode", equalTo("SELF"))
                    .body("interviewer", nullValue())
                    .body("interviewedOn", nullValue())
                    .body("answers.questionId", contains(questionIds.get(0), questionIds.get(2)));
        }

        @Test
        @DisplayName("a second response of the same organisation returns 409 and writes nothing")
        void shouldRefuseSecondResponse() {
            long before = count();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(self(organisationId)).post(API + responses)
                    .then().spec(problem(409));
            assertResponseUntouched(before);
        }

        @Test
        @DisplayName("PUT of another response naming an organisation that has responded returns 409")
        void shouldRefuseMovingToAnsweredOrganisation() {
            String other = record(self(newOrganisation("0882", "CIVIL_SOCIETY")));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(self(organisationId)).put(API + responses + "/" + other)
                    .then().spec(problem(409));
        }

        @Test
        @DisplayName("PATCH of the needs by another coordinator keeps the interviewer; the history names both actors")
        void shouldPatchNeeds() {
            mergePatch(as(Tokens.COORDINATOR_0810), body("needs", List.of(body("category", "NEW_KNOWLEDGE", "priority", 2))))
                    .header("If-Match", "\"0\"").patch(API + responses + "/" + responseId)
                    .then().statusCode(200).header("ETag", "\"1\"")
                    .body("needs.category", contains("NEW_KNOWLEDGE"))
                    .body("answers.questionId", contains(questionIds.toArray()))
                    .body("interviewer.name", equalTo("coordinator-08"));
            as(Tokens.COORDINATOR_08).get(API + responses + "/" + responseId + "/history").then().statusCode(200)
                    .body("items.action", contains("CREATED", "UPDATED"))
                    .body("items.resourceType", everyItem(equalTo("survey-response")))
                    .body("items.actor.name", contains("coordinator-08", "coordinator-0810"));
        }

        @Test
        @DisplayName("the responses of an unknown survey return 404 on GET and POST")
        void shouldNotFindUnknownSurvey() {
            String unknownSurvey = "/counties/08/surveys/" + UUID.randomUUID() + "/responses";
            Operation.LIST.call(as(Tokens.COORDINATOR_08), unknownSurvey, null, null).then().spec(problem(404));
            Operation.CREATE.call(as(Tokens.COORDINATOR_08), unknownSurvey, null, interview(spare.get(0)))
                    .then().spec(problem(404));
        }

        @Test
        @DisplayName("?organisationId=, ?municipalityCode= and ?mode= filter the list; bad values are 400 naming them")
        void shouldFilter() {
            String oskarshamn = record(self(newOrganisation("0882", "CIVIL_SOCIETY")));
            as(Tokens.COORDINATOR_08).queryParam("organisationId", organisationId).get(API + responses)
                    .then().statusCode(200).body("items.id", contains(responseId));
            as(Tokens.COORDINATOR_08).queryParam("municipalityCode", "0882").get(API + responses)
                    .then().statusCode(200).body("items.id", contains(oskarshamn));
            as(Tokens.COORDINATOR_08).queryParam("mode", "SELF").get(API + responses)
                    .then().statusCode(200).body("items.id", contains(oskarshamn));
            as(Tokens.COORDINATOR_08).queryParam("mode", "INTERVIEW").get(API + responses)
                    .then().statusCode(200).body("items.id", contains(responseId));
            as(Tokens.COORDINATOR_08).queryParam("sort", "createdAt,desc").get(API + responses)
                    .then().statusCode(200).body("items.id", contains(oskarshamn, responseId));
            as(Tokens.COORDINATOR_08).queryParam("sort", "organisation,asc").get(API + responses)
                    .then().spec(problem(400)).body("errors.field", contains("sort"));
        }

        @Test
        @DisplayName("DELETE of an organisation with a response returns 409; so does DELETE of a survey with responses")
        void shouldKeepReferencedObjects() {
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(API + "/counties/08/organisations/" + organisationId)
                    .then().spec(problem(409));
            as(Tokens.COORDINATOR_08).header("If-Match", "*").delete(API + "/counties/08/surveys/" + surveyId)
                    .then().spec(problem(409));
            assertResponseUntouched(count());
        }
    }

    // ---- a member's rules ---------------------------------------------------------------------------------------

    /**
     * A member of Kalmar acts for the organisation of its linked contact: it answers (SELF) for it alone and reads
     * and changes that response only (the contract checks that the other member does not reach it).
     */
    abstract class KalmarMember {

        abstract String user();

        abstract String otherMember();

        String own() {
            return Fixtures.linkedOrganisationOf(user());
        }

        String recordOwn() {
            return as(user()).contentType(ContentType.JSON).body(self(own())).post(API + responses)
                    .then().statusCode(201).extract().path("id");
        }

        @Test
        @DisplayName("POST SELF for its organisation returns 201; it then reads, lists, replaces and patches it, but may not delete it (403)")
        void shouldAnswerForOwnOrganisation() {
            Response created = as(user()).contentType(ContentType.JSON).body(self(own())).post(API + responses);
            created.then().statusCode(201).header("ETag", "\"0\"")
                    .body("organisationId", equalTo(own()))
                    .body("mode", equalTo("SELF"))
                    .body("interviewer", nullValue())
                    .body("createdBy", equalTo(subjectOf(user())));
            String id = created.path("id");
            as(user()).get(API + responses + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
            as(user()).get(API + responses).then().statusCode(200)
                    .body("totalItems", is(1)).body("items.id", contains(id));

            Map<String, Object> changed = self(own());
            changed.put("needs", List.of(body("category", "HORIZON_SCANNING", "priority", 5, "note", "Omvärldsbevakning om narkotika")));
            as(user()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                    .put(API + responses + "/" + id)
                    .then().statusCode(200).header("ETag", "\"1\"").body("needs.category", contains("HORIZON_SCANNING"));
            mergePatch(as(user()), body("needs", List.of())).header("If-Match", "\"1\"")
                    .patch(API + responses + "/" + id)
                    .then().statusCode(200).header("ETag", "\"2\"").body("needs", empty());
            as(user()).header("If-Match", "\"2\"").delete(API + responses + "/" + id).then().spec(problem(403));
            as(Tokens.COORDINATOR_08).get(API + responses + "/" + id).then().statusCode(200).header("ETag", "\"2\"");
        }

        @Test
        @DisplayName("POST for another organisation returns 403 and writes nothing")
        void shouldNotAnswerForOtherOrganisation() {
            long before = count();
            as(user()).contentType(ContentType.JSON).body(self(newOrganisation("0880", "CIVIL_SOCIETY")))
                    .post(API + responses).then().spec(problem(403));
            as(user()).contentType(ContentType.JSON).body(self(Fixtures.linkedOrganisationOf(otherMember())))
                    .post(API + responses).then().spec(problem(403));
            assertResponseUntouched(before);
        }

        @Test
        @DisplayName("POST of an INTERVIEW, even for its organisation, returns 403 and writes nothing")
        void shouldNotRecordInterview() {
            long before = count();
            as(user()).contentType(ContentType.JSON).body(interview(own())).post(API + responses)
                    .then().spec(problem(403));
            assertEquals(before, count());
        }

        @Test
        @DisplayName("PUT of its response naming another organisation returns 403 and changes nothing")
        void shouldNotMoveOwnResponse() {
            String id = recordOwn();
            as(user()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(self(organisationId))
                    .put(API + responses + "/" + id).then().spec(problem(403));
            as(user()).get(API + responses + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                    .body("organisationId", equalTo(own()));
        }

        @Test
        @DisplayName("a DRAFT survey is 404 to it (POST and list); a CLOSED one refuses POST with 409")
        void shouldAnswerOnlyOpenSurveys() {
            Response draft = SurveyResourceTest.createSurvey(SurveyResourceTest.survey("Utkast " + marker(), "DRAFT",
                    List.of()));
            String draftResponses = API + "/counties/08/surveys/" + draft.path("id") + "/responses";
            as(user()).contentType(ContentType.JSON).body(body("organisationId", own(), "mode", "SELF"))
                    .post(draftResponses).then().spec(problem(404));
            as(user()).get(draftResponses).then().spec(problem(404));

            SurveyResourceTest.patchSurvey(surveyId, "\"0\"", body("status", "CLOSED")).then().statusCode(200);
            as(user()).contentType(ContentType.JSON).body(self(own())).post(API + responses).then().spec(problem(409));
            as(user()).get(API + responses).then().statusCode(200).body("totalItems", is(0));
        }
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08)")
    class AsMemberOfKalmar extends KalmarMember {

        @Override
        String user() {
            return Tokens.MEMBER_08;
        }

        @Override
        String otherMember() {
            return Tokens.MEMBER2_08;
        }
    }

    @Nested
    @DisplayName("As another member in Kalmar (member2-08)")
    class AsAnotherMemberOfKalmar extends KalmarMember {

        @Override
        String user() {
            return Tokens.MEMBER2_08;
        }

        @Override
        String otherMember() {
            return Tokens.MEMBER_08;
        }
    }

    // ---- life cycle ---------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("Life cycle (as coordinator-08)")
    class LifeCycle {

        @Test
        @DisplayName("POST to a DRAFT survey returns 409 and writes nothing")
        void shouldNotAnswerDraft() {
            Response draft = SurveyResourceTest.createSurvey(SurveyResourceTest.survey("Utkast " + marker(), "DRAFT",
                    SurveyResourceTest.fourQuestions()));
            questionIds = draft.path("questions.id");
            String draftResponses = API + "/counties/08/surveys/" + draft.path("id") + "/responses";
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(interview(organisationId))
                    .post(draftResponses).then().spec(problem(409));
            as(Tokens.COORDINATOR_08).get(draftResponses).then().statusCode(200).body("totalItems", is(0));
        }

        @Test
        @DisplayName("after CLOSED, POST, PUT, PATCH and DELETE return 409 and change nothing; reads go on")
        void shouldNotAnswerClosed() {
            SurveyResourceTest.patchSurvey(surveyId, "\"0\"", body("status", "CLOSED")).then().statusCode(200);
            long before = count();
            for (Operation operation : List.of(Operation.CREATE, Operation.REPLACE, Operation.PATCH, Operation.DELETE)) {
                call(as(Tokens.COORDINATOR_08), operation).then().spec(problem(409));
            }
            assertResponseUntouched(before);
            report(as(Tokens.COORDINATOR_08)).then().statusCode(200).body("responses", is(1));
        }

        @Test
        @DisplayName("once it has responses, the survey's questions still cannot change, but it can close")
        void shouldCloseAnsweredSurvey() {
            Response survey = Fixtures.read("08", "surveys", surveyId);
            List<Map<String, Object>> questions = survey.path("questions");
            SurveyResourceTest.patchSurvey(surveyId, "\"0\"", body("questions", questions.subList(1, 4)))
                    .then().spec(problem(409));
            SurveyResourceTest.patchSurvey(surveyId, "\"0\"", body("status", "CLOSED")).then().statusCode(200)
                    .body("questions", equalTo(questions));
        }
    }

    // ---- bad answers --------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("With bad answers (as coordinator-08)")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithBadAnswers {

        /** Each a change of a valid INTERVIEW of a new organisation, and the field the problem names. */
        Stream<Arguments> badResponses() {
            return Stream.of(
                    bad("an answer to an unknown question", "answers[1].questionId",
                            r -> answer(r, 1).put("questionId", UUID.randomUUID().toString())),
                    bad("an answer to a question of another survey", "answers[3].questionId",
                            r -> answer(r, 3).put("questionId", SurveyResourceTest.createSurvey(SurveyResourceTest.survey(
                                    "Annan " + marker(), "OPEN", SurveyResourceTest.fourQuestions())).path("questions[3].id"))),
                    bad("a SINGLE_CHOICE answer that is no option", "answers[0].value",
                            r -> answer(r, 0).put("value", "Något annat")),
                    bad("a SINGLE_CHOICE answer that is an array", "answers[0].value",
                            r -> answer(r, 0).put("value", List.of("Goda exempel"))),
                    bad("a MULTI_CHOICE answer with an option that does not exist", "answers[1].value",
                            r -> answer(r, 1).put("value", List.of("Ungdomsbrottslighet", "Cykelstölder"))),
                    bad("a MULTI_CHOICE answer naming an option twice", "answers[1].value",
                            r -> answer(r, 1).put("value", List.of("Ungdomsbrottslighet", "Ungdomsbrottslighet"))),
                    bad("a MULTI_CHOICE answer that is a text", "answers[1].value",
                            r -> answer(r, 1).put("value", "Ungdomsbrottslighet")),
                    bad("a MULTI_CHOICE answer that is empty", "answers[1].value",
                            r -> answer(r, 1).put("value", List.of())),
                    bad("a scale value of 6", "answers[2].value", r -> answer(r, 2).put("value", 6)),
                    bad("a scale value of 0", "answers[2].value", r -> answer(r, 2).put("value", 0)),
                    bad("a scale value of 2.5", "answers[2].value", r -> answer(r, 2).put("value", 2.5)),
                    bad("a scale value \"3\" (text)", "answers[2].value", r -> answer(r, 2).put("value", "3")),
                    bad("a blank TEXT answer", "answers[3].value", r -> answer(r, 3).put("value", "   ")),
                    bad("a TEXT answer that is a number", "answers[3].value", r -> answer(r, 3).put("value", 42)),
                    bad("a TEXT answer of 4001 characters", "answers[3].value", r -> answer(r, 3).put("value", "å".repeat(4001))),
                    bad("a TEXT answer of 4001 characters beyond the BMP", "answers[3].value",
                            r -> answer(r, 3).put("value", "😀".repeat(4001))),
                    // an answer is free JSON (stored as jsonb): a NUL there was no 400 but PostgreSQL's 500
                    bad("a TEXT answer with a NUL character", "answers[3].value",
                            r -> answer(r, 3).put("value", "Goda\u0000exempel")),
                    bad("a MULTI_CHOICE answer with a lone surrogate", "answers[1].value[1]",
                            r -> answer(r, 1).put("value", List.of("Ungdomsbrottslighet", "\ud800"))),
                    bad("a required question answered with null", "answers[0].value", r -> answer(r, 0).put("value", null)),
                    bad("a required question not answered", "answers", r -> answers(r).remove(2)),
                    bad("the same question answered twice", "answers[3].questionId",
                            r -> answer(r, 3).put("questionId", answers(r).get(1).get("questionId"))),
                    bad("an answer without questionId", "answers[1].questionId", r -> answer(r, 1).remove("questionId")),
                    bad("a need of priority 6", "needs[0].priority", r -> need(r, 0).put("priority", 6)),
                    bad("a need of priority 0", "needs[1].priority", r -> need(r, 1).put("priority", 0)),
                    bad("a need without priority", "needs[0].priority", r -> need(r, 0).remove("priority")),
                    // Jackson's defaults made 4.9 a 4 and "4" a 4: a client's mistake stored as another priority
                    bad("a need of priority 4.9", "needs[0].priority", r -> need(r, 0).put("priority", 4.9)),
                    bad("a need of priority \"4\" (text)", "needs[1].priority", r -> need(r, 1).put("priority", "4")),
                    bad("a need of category NOPE", "needs[1].category", r -> need(r, 1).put("category", "NOPE")),
                    bad("a need category named twice", "needs[1].category", r -> need(r, 1).put("category", "LOCAL_PROBLEM_PICTURE")),
                    bad("an organisation of Blekinge", "organisationId",
                            r -> r.put("organisationId", createOrganisation("10", "Ronneby kommun " + marker()))),
                    bad("an organisation that does not exist", "organisationId",
                            r -> r.put("organisationId", UUID.randomUUID().toString())),
                    bad("no organisationId", "organisationId", r -> r.remove("organisationId")),
                    bad("no mode", "mode", r -> r.remove("mode")),
                    bad("mode PHONE", "mode", r -> r.put("mode", "PHONE")),
                    bad("an INTERVIEW without interviewedOn", "interviewedOn", r -> r.remove("interviewedOn")),
                    bad("a SELF response with interviewedOn", "interviewedOn", r -> r.put("mode", "SELF")),
                    bad("an unknown field colour", "colour", r -> r.put("colour", "red")));
        }

        interface Change {
            void apply(Map<String, Object> response);
        }

        Arguments bad(String name, String field, Change change) {
            Supplier<Map<String, Object>> body = () -> {
                Map<String, Object> response = deepCopy(interview(newOrganisation("0883", "OTHER")));
                change.apply(response);
                return response;
            };
            return arguments(named(name, body), field);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> deepCopy(Map<String, Object> response) {
            Map<String, Object> copy = new LinkedHashMap<>(response);
            for (String list : List.of("answers", "needs")) {
                List<Map<String, Object>> items = new ArrayList<>();
                ((List<Map<String, Object>>) response.get(list)).forEach(item -> items.add(new LinkedHashMap<>(item)));
                copy.put(list, items);
            }
            return copy;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers(Map<String, Object> response) {
            return (List<Map<String, Object>>) response.get("answers");
        }

        Map<String, Object> answer(Map<String, Object> response, int index) {
            return answers(response).get(index);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> need(Map<String, Object> response, int index) {
            return ((List<Map<String, Object>>) response.get("needs")).get(index);
        }

        @Test
        @DisplayName("a TEXT answer of 4000 characters beyond the BMP (8000 UTF-16 units) is stored whole: the spec counts characters")
        void shouldCountCharactersAsTheSpecDoes() {
            Map<String, Object> response = deepCopy(interview(newOrganisation("0883", "OTHER")));
            String text = "😀".repeat(4000);
            answer(response, 3).put("value", text);
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(response).post(API + responses)
                    .then().statusCode(201).body("answers[3].value", equalTo(text));
        }

        @ParameterizedTest(name = "POST with {0} returns 400 naming {1} and writes nothing")
        @MethodSource("badResponses")
        void shouldRefuseBadCreate(Supplier<Map<String, Object>> body, String field) {
            Map<String, Object> response = body.get();
            long before = count();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(response).post(API + responses)
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertResponseUntouched(before);
        }

        @ParameterizedTest(name = "PUT with {0} returns 400 naming {1} and changes nothing")
        @MethodSource("badResponses")
        void shouldRefuseBadReplace(Supplier<Map<String, Object>> body, String field) {
            Map<String, Object> response = body.get();
            if (response.containsKey("organisationId") && !field.equals("organisationId")) {
                response.put("organisationId", organisationId);
            }
            long before = count();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(response)
                    .put(API + responses + "/" + responseId)
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertResponseUntouched(before);
        }

        @Test
        @DisplayName("PATCH with a scale value of 6 returns 400 naming answers[2].value and changes nothing")
        void shouldRefuseBadPatch() {
            long before = count();
            List<Map<String, Object>> answers = List.of(
                    body("questionId", questionIds.get(0), "value", "Goda exempel"),
                    body("questionId", questionIds.get(1), "value", null),
                    body("questionId", questionIds.get(2), "value", 6));
            mergePatch(as(Tokens.COORDINATOR_08), body("answers", answers)).header("If-Match", "\"0\"")
                    .patch(API + responses + "/" + responseId)
                    .then().spec(problem(400)).body("errors.field", contains("answers[2].value"));
            assertResponseUntouched(before);
        }
    }

    // ---- report -------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("Report (as coordinator-08)")
    class Report {

        @Test
        @DisplayName("3 of Kalmar län's 12 municipalities reached gives 25 %, the 9 others listed first as not reached")
        void shouldReportCoverageAndNeeds() {
            String survey = SurveyResourceTest.createSurvey(SurveyResourceTest.survey("Rapport " + marker(), "OPEN",
                    List.of())).path("id");
            Map<String, Object> localProblem5 = body("category", "LOCAL_PROBLEM_PICTURE", "priority", 5);
            Map<String, Object> localProblem4 = body("category", "LOCAL_PROBLEM_PICTURE", "priority", 4);
            Map<String, Object> localProblem2 = body("category", "LOCAL_PROBLEM_PICTURE", "priority", 2);
            Map<String, Object> training3 = body("category", "COUNCIL_TRAINING", "priority", 3);
            // Kalmar: the municipality and the police; Nybro: its council; Borgholm: an association; a county-wide region
            respond(survey, newOrganisation("0880", "MUNICIPALITY"), localProblem5, training3);
            respond(survey, newOrganisation("0880", "POLICE"), localProblem4);
            respond(survey, newOrganisation("0881", "LOCAL_COUNCIL"), localProblem2);
            respond(survey, newOrganisation("0885", "CIVIL_SOCIETY"));
            respond(survey, newOrganisation(null, "REGION"), training3);
            // an organisation that did not answer this survey, but the test's own survey
            record(self(newOrganisation("0883", "MUNICIPALITY")));

            Response report = as(Tokens.COORDINATOR_08).get(API + "/counties/08/surveys/" + survey + "/report");
            report.then().statusCode(200)
                    .body("surveyId", equalTo(survey))
                    .body("responses", is(5))
                    .body("coverage.municipalities", is(12))
                    .body("coverage.reached", is(3))
                    .body("coverage.reachedPercent", is(25.0f))
                    .body("coverage.byMunicipality.size()", is(12))
                    .body("coverage.byMunicipality[0..8].reached", everyItem(is(false)))
                    .body("coverage.byMunicipality[0..8].organisations", everyItem(is(0)))
                    .body("coverage.byMunicipality[0..8].municipalityName", contains("Emmaboda", "Hultsfred", "Högsby",
                            "Mönsterås", "Mörbylånga", "Oskarshamn", "Torsås", "Vimmerby", "Västervik"))
                    .body("coverage.byMunicipality[9..11].municipalityName", contains("Borgholm", "Kalmar", "Nybro"))
                    .body("coverage.byMunicipality[9..11].reached", everyItem(is(true)))
                    .body("coverage.byMunicipality[9..11].organisations", contains(1, 2, 1))
                    .body("coverage.byMunicipality[10].byType.type", containsInAnyOrder("MUNICIPALITY", "POLICE"))
                    .body("coverage.byMunicipality[11].byType.type", contains("LOCAL_COUNCIL"))
                    .body("coverage.byOrganisationType.find { it.type == 'POLICE' }.organisations", is(1))
                    .body("coverage.byOrganisationType.find { it.type == 'POLICE' }.municipalitiesReached", is(1))
                    .body("coverage.byOrganisationType.find { it.type == 'REGION' }.organisations", is(1))
                    .body("coverage.byOrganisationType.find { it.type == 'REGION' }.municipalitiesReached", is(0))
                    .body("coverage.byOrganisationType.find { it.type == 'BUSINESS' }.organisations", is(0))
                    .body("coverage.byOrganisationType.municipalities", everyItem(is(12)))
                    .body("needs.size()", is(8))
                    .body("needs[0].category", equalTo("LOCAL_PROBLEM_PICTURE"))
                    .body("needs[0].organisations", is(3))
                    .body("needs[0].meanPriority", is(3.67f))
                    .body("needs[0].highPriority", is(2))
                    .body("needs[1].category", equalTo("COUNCIL_TRAINING"))
                    .body("needs[1].organisations", is(2))
                    .body("needs[1].meanPriority", is(3.0f))
                    .body("needs[1].highPriority", is(0))
                    .body("needs.find { it.category == 'NETWORKING' }.organisations", is(0))
                    .body("needs.find { it.category == 'NETWORKING' }.meanPriority", nullValue());
        }

        void respond(String survey, String organisation, Map<?, ?>... needs) {
            record(survey, body("organisationId", organisation, "mode", "INTERVIEW", "interviewedOn", "2027-02-01",
                    "needs", List.of(needs)));
        }

        @Test
        @DisplayName("the report runs the same few statements for 2 responses as for 8")
        void shouldReportInFixedNumberOfStatements() {
            long few = statementsOfReport(2);
            long many = statementsOfReport(8);
            assertEquals(few, many, "the report ran more statements for more responses");
            assertTrue(many <= 4, "the report ran " + many + " statements");
        }

        long statementsOfReport(int responses) {
            String survey = SurveyResourceTest.createSurvey(SurveyResourceTest.survey("Rapport " + marker(), "OPEN",
                    List.of())).path("id");
            for (int i = 0; i < responses; i++) {
                respond(survey, newOrganisation(i % 2 == 0 ? "0880" : "0884", "OTHER"),
                        body("category", "NETWORKING", "priority", 1 + i % 5));
            }
            Tokens.of(Tokens.COORDINATOR_08);
            return Statements.of(() -> as(Tokens.COORDINATOR_08).get(API + "/counties/08/surveys/" + survey + "/report")
                    .then().statusCode(200).body("responses", is(responses)));
        }
    }

    @Nested
    @DisplayName("Lists (as coordinator-08)")
    class Lists {

        @Test
        @DisplayName("GET …/responses with 9 responses of 9 organisations runs 4 statements: survey, page, count, organisations")
        void shouldListWithoutQueryPerRow() {
            for (int i = 0; i < 8; i++) {
                record(self(newOrganisation(i % 2 == 0 ? "0860" : "0861", "OTHER")));
            }
            Tokens.of(Tokens.COORDINATOR_08);
            long statements = Statements.of(() -> as(Tokens.COORDINATOR_08).queryParam("size", 50).get(API + responses)
                    .then().statusCode(200)
                    .body("totalItems", is(9))
                    .body("items.findAll { it.organisationName != null }.size()", is(9)));
            assertTrue(statements <= 4, "listing 9 responses ran " + statements + " statements");
        }
    }

    // ---- CSV ----------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("CSV export (as coordinator-08)")
    class CsvExport {

        @Test
        @DisplayName("GET …/responses.csv: UTF-8 CSV with a header, one row per response and question, å ä ö intact")
        void shouldExportCsv() {
            String association = createOrganisation("08", body("name", "Föreningen Trygg på Öland – Ängö " + marker(),
                    "type", "CIVIL_SOCIETY", "municipalityCode", "0885"));
            record(self(association));

            Response csv = csv(as(Tokens.COORDINATOR_08));
            csv.then().statusCode(200)
                    .contentType(startsWith("text/csv"))
                    .header("Content-Disposition", startsWith("attachment; filename=\"survey-behovskartlaggning-"))
                    .header("Content-Disposition", containsString("filename*=UTF-8''Behovskartl%C3%A4ggning%20"));
            String text = new String(csv.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            List<CSVRecord> records = parse(text);
            List<String> header = List.of(text.substring(0, text.indexOf('\r')).split(","));
            assertEquals(List.of(SurveyCsv.HEADER), header);

            // the interview: 4 answer rows and 2 need rows; the SELF response: 4 answer rows and 1 need row
            assertEquals(11, records.size());
            List<CSVRecord> interview = records.stream().filter(r -> r.get("responseId").equals(responseId)).toList();
            assertEquals(List.of("ANSWER", "ANSWER", "ANSWER", "ANSWER", "NEED", "NEED"),
                    interview.stream().map(r -> r.get("row")).toList());
            assertEquals(organisationName, interview.get(0).get("organisationName"));
            assertEquals("Nybro", interview.get(0).get("municipalityName"));
            assertEquals("coordinator-08", interview.get(0).get("interviewer"));
            assertEquals("Vilket stöd behöver ni mest?", interview.get(0).get("questionText"));
            assertEquals("Lokal problembild", interview.get(0).get("answer"));
            assertEquals("Ungdomsbrottslighet; Trygghet i centrum", interview.get(1).get("answer"));
            assertEquals("4", interview.get(2).get("answer"));
            assertEquals("Vi önskar stöd med lägesbild för Åby", interview.get(3).get("answer"));
            assertEquals("Övriga önskemål", interview.get(3).get("questionText"));
            assertEquals("LOCAL_PROBLEM_PICTURE", interview.get(4).get("needCategory"));
            assertEquals("5", interview.get(4).get("priority"));
            assertEquals("Lägesbild för centrum", interview.get(4).get("note"));

            List<CSVRecord> self = records.stream().filter(r -> !r.get("responseId").equals(responseId)).toList();
            assertTrue(self.get(0).get("organisationName").startsWith("Föreningen Trygg på Öland – Ängö "));
            assertEquals("Borgholm", self.get(0).get("municipalityName"));
            assertEquals("", self.get(1).get("answer"));
            assertEquals("SELF", self.get(0).get("mode"));
        }

        @Test
        @DisplayName("GET …/responses.csv writes text a spreadsheet would run as a formula (= + - @) behind an apostrophe")
        void shouldNotExportFormulas() {
            String organisation = createOrganisation("08", body("name", "+46 Föreningen " + marker(),
                    "type", "CIVIL_SOCIETY", "municipalityCode", "0885"));
            String formula = "=HYPERLINK(\"https://example.org\",\"Bilaga\")";
            String response = record(body("organisationId", organisation, "mode", "SELF",
                    "answers", List.of(
                            body("questionId", questionIds.get(0), "value", "Goda exempel"),
                            body("questionId", questionIds.get(2), "value", 2),
                            body("questionId", questionIds.get(3), "value", formula)),
                    "needs", List.of(body("category", "GOOD_EXAMPLES", "priority", 4, "note", "@SUM(1+1)"),
                            body("category", "OTHER", "priority", 2, "note", "-2+3"))));

            List<CSVRecord> rows = parse(csv(as(Tokens.COORDINATOR_08)).then().statusCode(200).extract().asString())
                    .stream().filter(r -> r.get("responseId").equals(response)).toList();
            assertTrue(rows.stream().allMatch(r -> r.get("organisationName").startsWith("'+46 Föreningen ")));
            assertEquals("'" + formula, rows.get(3).get("answer"));
            assertEquals(List.of("'@SUM(1+1)", "'-2+3"), rows.subList(4, 6).stream().map(r -> r.get("note")).toList());
            assertEquals("2", rows.get(2).get("answer"), "numbers stay numbers");
            // the API itself keeps the answer as written
            as(Tokens.COORDINATOR_08).get(API + responses + "/" + response).then().statusCode(200)
                    .body("answers[2].value", equalTo(formula));
        }

        @Test
        @DisplayName("GET …/responses.csv?mode=SELF exports only SELF responses")
        void shouldFilterCsv() {
            record(self(newOrganisation("0862", "BUSINESS")));
            List<CSVRecord> records = parse(as(Tokens.COORDINATOR_08).queryParam("mode", "SELF")
                    .get(API + "/counties/08/surveys/" + surveyId + "/responses.csv").then().statusCode(200)
                    .extract().asString());
            assertEquals(5, records.size());
            assertTrue(records.stream().allMatch(r -> r.get("mode").equals("SELF")));
        }
    }
}
