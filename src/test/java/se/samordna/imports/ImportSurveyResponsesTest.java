package se.samordna.imports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.imports.ImportData.HEADER;
import static se.samordna.imports.ImportData.csv;
import static se.samordna.imports.ImportData.imports;
import static se.samordna.imports.ImportData.organisationRows;
import static se.samordna.imports.ImportData.post;
import static se.samordna.imports.ImportData.postCsv;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.subjectOf;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.survey.SurveyResourceTest;
import se.samordna.testing.Database;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

/**
 * Imports of survey responses. Before each test coordinator-08 imports three Kalmar organisations (externalIds
 * {@code marker-1} to {@code -3}) and creates an OPEN survey with one question of each type: SINGLE_CHOICE
 * (required), MULTI_CHOICE, SCALE_1_5 (required), TEXT.
 */
@QuarkusTest
@DisplayName("Imports of survey responses (coordinator-08, importer-08)")
class ImportSurveyResponsesTest {

    static final String COORDINATOR = Tokens.COORDINATOR_08;

    String marker;
    String surveyId;
    List<String> questions;

    @BeforeEach
    void surveyAndOrganisations() {
        marker = marker();
        postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker, 3)), "kind=organisations").then().statusCode(201);
        Response survey = newSurvey("08", "OPEN", SurveyResourceTest.fourQuestions());
        surveyId = survey.path("id");
        questions = survey.path("questions.id");
    }

    static Response newSurvey(String countyCode, String status, List<?> questions) {
        Response survey = as(Fixtures.coordinatorOf(countyCode)).contentType(ContentType.JSON)
                .body(SurveyResourceTest.survey("Behovskartläggning " + marker(), status, questions))
                .post(API + "/counties/" + countyCode + "/surveys");
        survey.then().statusCode(201);
        return survey;
    }

    /** The CSV header: survey, organisation, mode, a column per question of the survey, one need, externalId. */
    String header() {
        return "surveyId,organisationExternalId,mode,interviewedOn,answer." + String.join(",answer.", questions)
                + ",need.LOCAL_PROBLEM_PICTURE,externalId";
    }

    /** Three responses, of {@code marker-1} to {@code -3}, externalIds {@code marker-s1} to {@code -s3}. */
    List<String> rows() {
        return new ArrayList<>(List.of(
                surveyId + "," + marker + "-1,INTERVIEW,2027-02-03,Lokal problembild,Ungdomsbrottslighet;Trygghet i centrum,"
                        + "4,Stöd med lägesbild,5," + marker + "-s1",
                surveyId + "," + marker + "-2,SELF,,Goda exempel,,2,,," + marker + "-s2",
                surveyId + "," + marker + "-3,SELF,,Utbildning av rådet,Våld i nära relationer,3,,3," + marker + "-s3"));
    }

    long responsesMarked() {
        return ((Number) Database.query("select count(*) as n from survey_response where county_code = '08' "
                + "and external_id like ?", marker + "-%").getFirst().get("n")).longValue();
    }

    long responseEvents(String action) {
        return ((Number) Database.query("""
                select count(*) as n from change_event where county_code = '08' and resource_type = 'survey-response'
                and action = ? and state ->> 'externalId' like ?""", action, marker + "-%").getFirst().get("n")).longValue();
    }

    String idOf(String externalId) {
        return Database.query("select id::text as id from survey_response where county_code = '08' and external_id = ?",
                externalId).getFirst().get("id").toString();
    }

    String responses() {
        return API + "/counties/08/surveys/" + surveyId + "/responses";
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses writes every row, answers by their columns, each with its history and event")
    void shouldWriteEveryRowOfAValidFile() {
        postCsv(COORDINATOR, "08", csv(header(), rows()), "kind=survey-responses").then()
                .statusCode(201).body("status", equalTo("SUCCEEDED")).body("kind", equalTo("survey-responses"))
                .body("created", is(3)).body("updated", is(0)).body("rejected", is(0));

        assertEquals(3, responsesMarked());
        assertEquals(3, responseEvents("CREATED"));
        String first = idOf(marker + "-s1");
        as(COORDINATOR).get(responses() + "/" + first).then().statusCode(200)
                .body("organisationName", equalTo("Trygghetsrådet 1 " + marker))
                .body("mode", equalTo("INTERVIEW")).body("interviewedOn", equalTo("2027-02-03"))
                .body("interviewer.name", equalTo(COORDINATOR))
                .body("answers.questionId", contains(questions.toArray()))
                .body("answers.value", contains("Lokal problembild", List.of("Ungdomsbrottslighet", "Trygghet i centrum"),
                        4, "Stöd med lägesbild"))
                .body("needs.category", contains("LOCAL_PROBLEM_PICTURE")).body("needs.priority", contains(5))
                .body("externalId", equalTo(marker + "-s1"));
        as(COORDINATOR).get(responses() + "/" + idOf(marker + "-s2")).then().statusCode(200)
                .body("mode", equalTo("SELF")).body("interviewer", nullValue())
                .body("answers.questionId", contains(questions.get(0), questions.get(2)))
                .body("needs", equalTo(List.of()));
        as(COORDINATOR).get(responses() + "/" + first + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATED"))).body("items[0].actor.name", equalTo(COORDINATOR));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses with an unknown survey, another county's survey, an unknown "
            + "organisation, an answer that does not fit and a CLOSED survey names each row and field and writes nothing")
    void shouldWriteNothingWhenAnyRowIsBad() {
        String blekinge = newSurvey("10", "OPEN", List.of()).path("id");
        String closed = newSurvey("08", "OPEN", List.of()).path("id");
        mergePatch(as(COORDINATOR), body("status", "CLOSED")).header("If-Match", "\"0\"")
                .patch(API + "/counties/08/surveys/" + closed).then().statusCode(200);
        List<Map<String, Object>> rows = List.of(
                row(surveyId, "-1", "-j1", 4),
                row(UUID.randomUUID().toString(), "-2", "-j2", 4),
                row(blekinge, "-2", "-j3", null),
                row(surveyId, "-nobody", "-j4", 4),
                row(surveyId, "-3", "-j5", 7),
                row(closed, "-3", "-j6", null));
        long before = Database.lastChangeEvent();

        Response answer = post(COORDINATOR, "08", "application/json", Fixtures.toJson(rows).getBytes(StandardCharsets.UTF_8),
                "kind=survey-responses");

        answer.then().spec(problem(422, imports("08")))
                .body("type", equalTo(Fixtures.problemType("import-rejected")))
                .body("rows", is(6)).body("rejected", is(5));
        assertEquals(List.of(2, 3, 4, 5, 6), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("surveyId", "surveyId", "organisationExternalId", "answers[1].value", "surveyId"),
                answer.jsonPath().getList("rejectedRows.field"));
        String closedReason = answer.jsonPath().getString("rejectedRows[4].reason");
        assertTrue(closedReason.contains("CLOSED"), closedReason);
        assertEquals(0, responsesMarked(), "no response written");
        assertEquals(before, Database.lastChangeEvent(), "nothing in the change log");
    }

    /** A JSON row: SELF of {@code marker + organisation}, answering the survey's two required questions if scale is given. */
    Map<String, Object> row(String survey, String organisation, String externalId, Integer scale) {
        return body("surveyId", survey, "organisationExternalId", marker + organisation, "mode", "SELF",
                "answers", scale == null ? List.of() : List.of(body("questionId", questions.get(0), "value", "Goda exempel"),
                        body("questionId", questions.get(2), "value", scale)),
                "externalId", marker + externalId);
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses refuses on organisationId a second response of an organisation, "
            + "in the file or already recorded")
    void shouldRefuseASecondResponseOfAnOrganisation() {
        String recorded = as(COORDINATOR).contentType(ContentType.JSON).body(body("organisationId",
                        organisationOf(marker + "-3"), "mode", "SELF", "answers", List.of(
                                body("questionId", questions.get(0), "value", "Goda exempel"),
                                body("questionId", questions.get(2), "value", 1))))
                .post(responses()).then().statusCode(201).extract().path("id");
        List<String> rows = rows();
        rows.add(surveyId + "," + marker + "-1,SELF,,Goda exempel,,1,,," + marker + "-s4");
        long before = Database.lastChangeEvent();

        Response answer = postCsv(COORDINATOR, "08", csv(header(), rows), "kind=survey-responses");

        answer.then().spec(problem(422)).body("rejected", is(2));
        assertEquals(List.of(3, 4), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("organisationId", "organisationId"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(0, responsesMarked());
        assertEquals(before, Database.lastChangeEvent());
        as(COORDINATOR).get(responses() + "/" + recorded).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    @DisplayName("an import naming an organisation whose response a single write is committing meanwhile waits for it and refuses the second response (422), never a failed import")
    void shouldSeeAResponseCommittedWhileItWaits() throws Exception {
        Response answer = Database.whileHeld(other -> {
            // a single write of marker-3's response as the API makes one: its survey share-locked, the response
            // written, not yet committed
            assertEquals(1, Database.execute(other, "select 1 from survey where id = ?::uuid for share", surveyId));
            assertEquals(1, Database.execute(other, """
                    insert into survey_response (county_code, id, survey_id, organisation_id, mode, version,
                        created_at, created_by, updated_at, updated_by)
                    values ('08', gen_random_uuid(), ?::uuid, ?::uuid, 'SELF', 0, now(), 'test', now(), 'test')""",
                    surveyId, organisationOf(marker + "-3")));
        }, () -> postCsv(COORDINATOR, "08", csv(header(), rows()), "kind=survey-responses"));
        answer.then().spec(problem(422)).body("rejected", is(1));
        assertEquals(List.of(3), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("organisationId"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(0, responsesMarked());
    }

    @Test
    @DisplayName("a response written while its survey is being closed waits for the close and is refused (409), never recorded after it")
    void shouldNotWriteAResponseToASurveyClosedMeanwhile() throws Exception {
        String organisation = organisationOf(marker + "-2");
        Response written = Database.whileHeld(
                other -> assertEquals(1, Database.execute(other,
                        "update survey set status = 'CLOSED', version = version + 1 where id = ?::uuid", surveyId)),
                () -> as(COORDINATOR).contentType(ContentType.JSON).body(body("organisationId", organisation,
                        "mode", "SELF", "answers", List.of(
                                body("questionId", questions.get(0), "value", "Goda exempel"),
                                body("questionId", questions.get(2), "value", 1))))
                        .post(responses()));
        written.then().spec(problem(409));
        assertEquals(0L, ((Number) Database.query("select count(*) as n from survey_response where survey_id = ?::uuid",
                surveyId).getFirst().get("n")).longValue());
    }

    String organisationOf(String externalId) {
        return Database.query("select id::text as id from organisation where county_code = '08' and external_id = ?",
                externalId).getFirst().get("id").toString();
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses again with the same externalIds updates, creates nothing")
    void shouldUpdateByExternalId() {
        postCsv(COORDINATOR, "08", csv(header(), rows()), "kind=survey-responses").then().statusCode(201);
        String second = idOf(marker + "-s2");

        postCsv(COORDINATOR, "08", csv(header(), rows()), "kind=survey-responses").then().statusCode(201)
                .body("created", is(0)).body("updated", is(0)).body("unchanged", is(3));
        List<String> changed = rows();
        changed.set(1, surveyId + "," + marker + "-2,SELF,,Utbildning av rådet,Trygghet i centrum,5,Mer stöd,2,"
                + marker + "-s2");
        postCsv(COORDINATOR, "08", csv(header(), changed), "kind=survey-responses").then().statusCode(201)
                .body("created", is(0)).body("updated", is(1)).body("unchanged", is(2));

        assertEquals(3, responsesMarked());
        assertEquals(3, responseEvents("CREATED"));
        assertEquals(1, responseEvents("UPDATED"));
        as(COORDINATOR).get(responses() + "/" + second).then().statusCode(200).header("ETag", "\"1\"")
                .body("answers.value", contains("Utbildning av rådet", List.of("Trygghet i centrum"), 5, "Mer stöd"))
                .body("needs.priority", contains(2));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses refuses on surveyId a row whose externalId is a response to another survey")
    void shouldKeepAResponseWithItsSurvey() {
        postCsv(COORDINATOR, "08", csv(header(), rows()), "kind=survey-responses").then().statusCode(201);
        String other = newSurvey("08", "OPEN", List.of()).path("id");
        long before = Database.lastChangeEvent();

        Response answer = post(COORDINATOR, "08", "application/json", Fixtures.toJson(List.of(
                body("surveyId", other, "organisationExternalId", marker + "-1", "mode", "SELF",
                        "externalId", marker + "-s1"))).getBytes(StandardCharsets.UTF_8), "kind=survey-responses");

        answer.then().spec(problem(422)).body("rejectedRows.field", contains("surveyId"));
        assertEquals(before, Database.lastChangeEvent());
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses refuses a column of no question of the survey, naming the column")
    void shouldRefuseAnUnknownQuestionColumn() {
        String column = "answer." + UUID.randomUUID();
        Response answer = postCsv(COORDINATOR, "08", csv(header() + "," + column, List.of(rows().get(0) + ",Ja")),
                "kind=survey-responses");

        answer.then().spec(problem(422)).body("rejectedRows.field", contains(column));
        assertEquals(0, responsesMarked());
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses of a CSV reports a bad answer or need on its column")
    void shouldReportFaultsOfACsvOnTheirColumns() {
        List<String> rows = rows();
        rows.set(0, surveyId + "," + marker + "-1,INTERVIEW,2027-02-03,Lokal problembild,Ungdomsbrottslighet,"
                + "7,,5," + marker + "-s1");
        rows.set(1, surveyId + "," + marker + "-2,SELF,,Goda exempel,,2,,9," + marker + "-s2");
        rows.set(2, surveyId + "," + marker + "-3,SELF,,Utbildning av rådet,Simning;Trygghet i centrum,3,,3," + marker + "-s3");
        long before = Database.lastChangeEvent();

        Response answer = postCsv(COORDINATOR, "08", csv(header(), rows), "kind=survey-responses");

        answer.then().spec(problem(422)).body("rejected", is(3));
        assertEquals(List.of(1, 2, 3), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("answer." + questions.get(2), "need.LOCAL_PROBLEM_PICTURE", "answer." + questions.get(1)),
                answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(0, responsesMarked());
        assertEquals(before, Database.lastChangeEvent());
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses&dryRun=true reports what it would do and writes nothing")
    void shouldWriteNothingOnADryRun() {
        long before = Database.lastChangeEvent();

        postCsv(COORDINATOR, "08", csv(header(), rows()), "kind=survey-responses&dryRun=true").then()
                .statusCode(200).body("status", equalTo("VALID")).body("dryRun", is(true)).body("created", is(3));

        assertEquals(0, responsesMarked());
        assertEquals(before, Database.lastChangeEvent());
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses of a CSV with a byte-order mark keeps å, ä and ö")
    void shouldReadSwedishCsvWithBom() {
        String text = "\uFEFF" + csv("externalId,surveyId,organisationExternalId,mode,answer." + questions.get(0)
                + ",answer." + questions.get(2) + ",answer." + questions.get(3), List.of(
                marker + "-åsa-ö," + surveyId + "," + marker + "-2,SELF,Goda exempel,3,Trygghetsvandring på Öland – äldre i Färjestaden"));

        postCsv(COORDINATOR, "08", text, "kind=survey-responses").then().statusCode(201).body("created", is(1));

        as(COORDINATOR).get(responses() + "/" + idOf(marker + "-åsa-ö")).then().statusCode(200)
                .body("externalId", equalTo(marker + "-åsa-ö"))
                .body("answers.value", contains("Goda exempel", 3, "Trygghetsvandring på Öland – äldre i Färjestaden"));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses: importer-08 imports (JSON) but not in county 10, "
            + "a DRAFT survey is unknown to it, member-08 is 403")
    void shouldLetTheImporterImportButNotAMember() {
        String draft = newSurvey("08", "DRAFT", List.of()).path("id");
        String json = Fixtures.toJson(List.of(body("surveyId", surveyId, "organisationExternalId", marker + "-2",
                "mode", "SELF", "answers", List.of(body("questionId", questions.get(0), "value", "Utbildning av rådet"),
                        body("questionId", questions.get(2), "value", 5)),
                "needs", List.of(body("category", "COUNCIL_TRAINING", "priority", 4, "note", "Utbildning för nämnden i Mönsterås")),
                "externalId", marker + "-j1")));
        long before = Database.lastChangeEvent();

        post(Tokens.MEMBER_08, "08", "application/json", json.getBytes(StandardCharsets.UTF_8),
                "kind=survey-responses").then().spec(problem(403));
        post(Tokens.IMPORTER_08, "10", "application/json", json.getBytes(StandardCharsets.UTF_8),
                "kind=survey-responses").then().spec(problem(403));
        post(Tokens.IMPORTER_08, "08", "application/json", Fixtures.toJson(List.of(body("surveyId", draft,
                "organisationExternalId", marker + "-2", "mode", "SELF", "externalId", marker + "-j2")))
                .getBytes(StandardCharsets.UTF_8), "kind=survey-responses").then().spec(problem(422))
                .body("rejectedRows.field", contains("surveyId"));
        assertEquals(0, responsesMarked());
        assertEquals(before, Database.lastChangeEvent());

        post(Tokens.IMPORTER_08, "08", "application/json", json.getBytes(StandardCharsets.UTF_8),
                "kind=survey-responses").then().statusCode(201).body("created", is(1))
                .body("startedBy", equalTo(subjectOf(Tokens.IMPORTER_08)));

        as(COORDINATOR).get(responses() + "/" + idOf(marker + "-j1")).then().statusCode(200)
                .body("organisationName", equalTo("Trygghetsrådet 2 " + marker))
                .body("needs.note", contains("Utbildning för nämnden i Mönsterås"))
                .body("createdBy", equalTo(subjectOf(Tokens.IMPORTER_08)));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=survey-responses of 60 responses runs a few statements, not one per row")
    void shouldNotRunAStatementPerRow() {
        String many = marker();
        postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(many, 60)), "kind=organisations").then().statusCode(201);
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(surveyId + "," + many + "-" + i + ",SELF,,Goda exempel,Trygghet i centrum," + (i % 5 + 1) + ",,"
                    + (i % 5 + 1) + "," + many + "-s" + i);
        }
        Tokens.of(COORDINATOR);
        long statements = Statements.of(() -> postCsv(COORDINATOR, "08", csv(header(), rows), "kind=survey-responses")
                .then().statusCode(201).body("created", is(60)));
        assertTrue(statements >= 1 && statements <= 20, "60 responses ran " + statements + " statements");
    }
}
