package se.samordna.survey;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Operation;
import se.samordna.testing.Tokens;

/**
 * Surveys: the county resource contract, plus the life cycle (DRAFT → OPEN → CLOSED, questions only while DRAFT)
 * and what a member sees (no drafts). The contract's Kalmar survey is OPEN without questions, so that members
 * read it and every write of the contract is a legal move.
 */
@QuarkusTest
@DisplayName("Surveys")
@CountyResource(collection = "surveys", noun = "survey", nameField = "title")
public class SurveyResourceTest extends CountyResourceContract {

    /** Four questions, one of each type, as a client writes them (no ids). */
    public static List<Map<String, Object>> fourQuestions() {
        return List.of(
                body("text", "Vilket stöd behöver ni mest?", "type", "SINGLE_CHOICE",
                        "options", List.of("Goda exempel", "Lokal problembild", "Utbildning av rådet"),
                        "required", true, "needCategory", "GOOD_EXAMPLES"),
                body("text", "Vilka ämnen vill ni veta mer om?", "type", "MULTI_CHOICE",
                        "options", List.of("Våld i nära relationer", "Ungdomsbrottslighet", "Trygghet i centrum")),
                body("text", "Hur väl känner ni till länsstyrelsens stöd?", "type", "SCALE_1_5", "required", true),
                body("text", "Övriga önskemål", "type", "TEXT", "needCategory", "OTHER"));
    }

    public static Map<String, Object> survey(String title, String status, List<?> questions) {
        return body("title", title, "description", "Kartläggning av behov i Kalmar län", "opensOn", "2027-01-15",
                "closesOn", "2027-03-31", "status", status, "questions", questions);
    }

    @Override
    protected Write newKalmarObject() {
        return Write.of(body("title", "Behovskartläggning " + marker(),
                        "description", "Vilket stöd behöver kommunerna i Kalmar län?",
                        "opensOn", "2027-01-15", "closesOn", "2027-03-31", "status", "OPEN"))
                .answering("questions", empty());
    }

    @Override
    protected Map<String, Object> validWrite() {
        return body("title", "Trygghetsenkät " + marker(), "opensOn", "2027-02-01", "closesOn", "2027-02-28",
                "status", "OPEN");
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body("title", name, "opensOn", "2027-02-01", "closesOn", "2027-02-01", "status", "DRAFT");
    }

    @Override
    protected Write fullCreate() {
        return Write.of(survey("Behovskartläggning 2027 – Öland " + marker(), "DRAFT", fourQuestions()))
                .answering("questions", hasSize(4))
                .answering("questions.id", everyItem(notNullValue()))
                .answering("questions.text", contains("Vilket stöd behöver ni mest?",
                        "Vilka ämnen vill ni veta mer om?", "Hur väl känner ni till länsstyrelsens stöd?",
                        "Övriga önskemål"))
                .answering("questions.type", contains("SINGLE_CHOICE", "MULTI_CHOICE", "SCALE_1_5", "TEXT"))
                .answering("questions.required", contains(true, false, true, false))
                .answering("questions[1].options",
                        contains("Våld i nära relationer", "Ungdomsbrottslighet", "Trygghet i centrum"))
                .answering("questions[2].options", empty())
                .answering("questions.needCategory", contains("GOOD_EXAMPLES", null, null, "OTHER"));
    }

    @Override
    protected Write replacement() {
        return Write.of(body("title", "Uppföljning " + marker(), "opensOn", "2027-04-01", "closesOn", "2027-04-30",
                        "status", "CLOSED"))
                .answering("description", nullValue())
                .answering("questions", empty());
    }

    @Override
    protected Write changingPatch() {
        return Write.of(body("title", "Behovskartläggning – Öland och Åby " + marker()));
    }

    @Override
    protected Write removingPatch() {
        return Write.of(body("description", null));
    }

    @Override
    protected Stream<Arguments> badBodies() {
        String q = "\"opensOn\": \"2027-01-15\", \"closesOn\": \"2027-03-31\", \"status\": \"DRAFT\"";
        return Stream.of(
                arguments(named("no title", "{" + q + "}"), "title"),
                arguments(named("a blank title", "{\"title\": \"  \", " + q + "}"), "title"),
                arguments(named("a title of 201 characters", "{\"title\": \"" + "Ö".repeat(201) + "\", " + q + "}"),
                        "title"),
                arguments(named("a title that is a number", "{\"title\": 5, " + q + "}"), "title"),
                arguments(named("no opensOn", "{\"title\": \"Enkät\", \"closesOn\": \"2027-03-31\", \"status\": \"DRAFT\"}"),
                        "opensOn"),
                arguments(named("opensOn 2027-13-01", "{\"title\": \"Enkät\", \"opensOn\": \"2027-13-01\", "
                        + "\"closesOn\": \"2027-03-31\", \"status\": \"DRAFT\"}"), "opensOn"),
                arguments(named("closesOn before opensOn", "{\"title\": \"Enkät\", \"opensOn\": \"2027-03-31\", "
                        + "\"closesOn\": \"2027-03-30\", \"status\": \"DRAFT\"}"), "closesOn"),
                arguments(named("no status", "{\"title\": \"Enkät\", \"opensOn\": \"2027-01-15\", \"closesOn\": \"2027-03-31\"}"),
                        "status"),
                arguments(named("status ARCHIVED", "{\"title\": \"Enkät\", \"opensOn\": \"2027-01-15\", "
                        + "\"closesOn\": \"2027-03-31\", \"status\": \"ARCHIVED\"}"), "status"),
                arguments(named("an unknown field colour", "{\"title\": \"Enkät\", " + q + ", \"colour\": \"red\"}"),
                        "colour"),
                arguments(named("questions that are no array", "{\"title\": \"Enkät\", " + q + ", \"questions\": \"Hur?\"}"),
                        "questions"),
                arguments(named("a question of type NOPE", "{\"title\": \"Enkät\", " + q
                        + ", \"questions\": [{\"text\": \"Hur?\", \"type\": \"NOPE\"}]}"), "questions[0].type"),
                arguments(named("a question without text", "{\"title\": \"Enkät\", " + q
                        + ", \"questions\": [{\"type\": \"TEXT\"}]}"), "questions[0].text"),
                arguments(named("a question without type", "{\"title\": \"Enkät\", " + q
                        + ", \"questions\": [{\"text\": \"Hur?\"}]}"), "questions[0].type"),
                arguments(named("a SINGLE_CHOICE question with one option", "{\"title\": \"Enkät\", " + q
                        + ", \"questions\": [{\"text\": \"Hur?\", \"type\": \"TEXT\"}, {\"text\": \"Vad?\", "
                        + "\"type\": \"SINGLE_CHOICE\", \"options\": [\"Ja\"]}]}"), "questions[1].options"),
                arguments(named("a MULTI_CHOICE question with the same option twice", "{\"title\": \"Enkät\", " + q
                        + ", \"questions\": [{\"text\": \"Vad?\", \"type\": \"MULTI_CHOICE\", \"options\": [\"Ja\", \"Ja\"]}]}"),
                        "questions[0].options"),
                arguments(named("a SCALE_1_5 question with options", "{\"title\": \"Enkät\", " + q
                        + ", \"questions\": [{\"text\": \"Hur?\", \"type\": \"SCALE_1_5\", \"options\": [\"1\", \"2\"]}]}"),
                        "questions[0].options"),
                arguments(named("a question id that is not the survey's", "{\"title\": \"Enkät\", " + q
                        + ", \"questions\": [{\"id\": \"" + UUID.randomUUID() + "\", \"text\": \"Hur?\", \"type\": \"TEXT\"}]}"),
                        "questions[0].id"),
                arguments(named("a question of need category NOPE", "{\"title\": \"Enkät\", " + q
                        + ", \"questions\": [{\"text\": \"Hur?\", \"type\": \"TEXT\", \"needCategory\": \"NOPE\"}]}"),
                        "questions[0].needCategory"));
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.of(
                arguments(named("\"title\": null", "{\"title\": null}"), "title"),
                arguments(named("\"status\": \"NOPE\"", "{\"status\": \"NOPE\"}"), "status"),
                arguments(named("\"status\": null", "{\"status\": null}"), "status"),
                arguments(named("closesOn before opensOn", "{\"closesOn\": \"2026-12-31\"}"), "closesOn"),
                arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"),
                arguments(named("a MULTI_CHOICE question without options",
                        "{\"questions\": [{\"text\": \"Vad?\", \"type\": \"MULTI_CHOICE\"}]}"), "questions[0].options"));
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"title\": \"Enkät\", \"status\": ", "{\"title\": \"Enkät\" \"status\": \"DRAFT\"}",
                "[{\"title\": \"Enkät\"}]", "\"Enkät\"", "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.of("{\"title\": ", "[{\"title\": \"Enkät\"}]", "\"Enkät\"", "null");
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(arguments("status=ARCHIVED", "status"));
    }

    /** A DRAFT survey of Kalmar: only coordinators see it (the table's row {@code surveys}). */
    @Override
    protected Placed hiddenFromOthers() {
        return new Placed(kalmar, createSurvey(survey("Utkast " + marker(), "DRAFT", fourQuestions())).path("id"));
    }

    /** Creates a survey in Kalmar as coordinator-08 and returns it as answered. */
    static Response createSurvey(Map<String, Object> survey) {
        Response created = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(survey)
                .post(API + "/counties/08/surveys");
        created.then().statusCode(201);
        return created;
    }

    static Response patchSurvey(String id, String version, Map<String, Object> patch) {
        return mergePatch(as(Tokens.COORDINATOR_08), patch).header("If-Match", version)
                .patch(API + "/counties/08/surveys/" + id);
    }

    @Nested
    @DisplayName("Life cycle (as coordinator-08)")
    class LifeCycle {

        @Test
        @DisplayName("PATCH status moves DRAFT → OPEN → CLOSED, each a new version in the history")
        void shouldMoveForward() {
            String id = createSurvey(survey("Enkät " + marker(), "DRAFT", fourQuestions())).path("id");
            patchSurvey(id, "\"0\"", body("status", "OPEN")).then().statusCode(200).body("status", equalTo("OPEN"));
            patchSurvey(id, "\"1\"", body("status", "CLOSED")).then().statusCode(200).body("status", equalTo("CLOSED"));
            as(Tokens.COORDINATOR_08).get(API + "/counties/08/surveys/" + id + "/history").then().statusCode(200)
                    .body("items.state.status", contains("DRAFT", "OPEN", "CLOSED"));
        }

        @Test
        @DisplayName("CLOSED → OPEN, CLOSED → DRAFT, OPEN → DRAFT and DRAFT → CLOSED return 409 and change nothing")
        void shouldRefuseOtherMoves() {
            String draft = createSurvey(survey("Enkät " + marker(), "DRAFT", List.of())).path("id");
            patchSurvey(draft, "\"0\"", body("status", "CLOSED")).then().spec(problem(409));

            String open = createSurvey(survey("Enkät " + marker(), "OPEN", List.of())).path("id");
            patchSurvey(open, "\"0\"", body("status", "DRAFT")).then().spec(problem(409));

            String closed = createSurvey(survey("Enkät " + marker(), "OPEN", List.of())).path("id");
            patchSurvey(closed, "\"0\"", body("status", "CLOSED")).then().statusCode(200);
            patchSurvey(closed, "\"1\"", body("status", "OPEN")).then().spec(problem(409));
            patchSurvey(closed, "\"1\"", body("status", "DRAFT")).then().spec(problem(409));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(survey("Enkät igen", "OPEN", List.of()))
                    .put(API + "/counties/08/surveys/" + closed).then().spec(problem(409));

            Fixtures.read("08", "surveys", draft).then().header("ETag", "\"0\"").body("status", equalTo("DRAFT"));
            Fixtures.read("08", "surveys", open).then().header("ETag", "\"0\"").body("status", equalTo("OPEN"));
            Fixtures.read("08", "surveys", closed).then().header("ETag", "\"1\"").body("status", equalTo("CLOSED"));
        }

        @Test
        @DisplayName("POST of a CLOSED survey returns 409 and writes nothing")
        void shouldNotCreateClosed() {
            String title = "Enkät " + marker();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(survey(title, "CLOSED", List.of()))
                    .post(API + "/counties/08/surveys").then().spec(problem(409));
            as(Tokens.COORDINATOR_08).queryParam("q", title).get(API + "/counties/08/surveys").then()
                    .statusCode(200).body("totalItems", is(0));
        }

        @Test
        @DisplayName("while DRAFT the questions change; those sent back with their id keep it, new ones get one")
        void shouldChangeQuestionsWhileDraft() {
            Response created = createSurvey(survey("Enkät " + marker(), "DRAFT", fourQuestions()));
            String id = created.path("id");
            String firstId = created.path("questions[0].id");
            Map<String, Object> kept = body("id", firstId, "text", "Vilket stöd behöver ni allra mest?",
                    "type", "SINGLE_CHOICE", "options", List.of("Goda exempel", "Metodstöd"), "required", true);
            Map<String, Object> added = body("text", "Hur trygga känner sig invånarna?", "type", "SCALE_1_5");
            patchSurvey(id, "\"0\"", body("questions", List.of(added, kept))).then().statusCode(200)
                    .body("questions.text", contains("Hur trygga känner sig invånarna?",
                            "Vilket stöd behöver ni allra mest?"))
                    .body("questions[1].id", equalTo(firstId))
                    .body("questions[0].id", not(equalTo(firstId)))
                    .body("questions[1].options", contains("Goda exempel", "Metodstöd"));
        }

        @Test
        @DisplayName("once OPEN, PATCH or PUT of the questions returns 409 and changes nothing; other fields still change")
        void shouldKeepQuestionsAfterDraft() {
            Response created = createSurvey(survey("Enkät " + marker(), "DRAFT", fourQuestions()));
            String id = created.path("id");
            List<Map<String, Object>> questions = created.path("questions");
            patchSurvey(id, "\"0\"", body("status", "OPEN")).then().statusCode(200);

            patchSurvey(id, "\"1\"", body("questions", fourQuestions())).then().spec(problem(409));
            patchSurvey(id, "\"1\"", body("questions", questions.subList(0, 3))).then().spec(problem(409));
            Map<String, Object> reworded = new java.util.LinkedHashMap<>(questions.get(3));
            reworded.put("text", "Andra önskemål");
            patchSurvey(id, "\"1\"", body("questions", List.of(questions.get(0), questions.get(1), questions.get(2),
                    reworded))).then().spec(problem(409));
            Fixtures.read("08", "surveys", id).then().header("ETag", "\"1\"").body("questions", equalTo(questions));

            String title = "Behovskartläggning – nytt namn " + marker();
            patchSurvey(id, "\"1\"", body("title", title)).then().statusCode(200)
                    .header("ETag", "\"2\"").body("title", equalTo(title)).body("questions", equalTo(questions));
        }
    }

    @Nested
    @DisplayName("As members and the importer in Kalmar (member-08, member2-08, importer-08)")
    class AsMembers {

        @Test
        @DisplayName("GET /counties/08/surveys/{id of a DRAFT} returns 404 as for an unknown id, unlisted; OPEN and CLOSED are read")
        void shouldNotSeeDrafts() {
            String marker = marker();
            String draft = createSurvey(survey("Utkast " + marker, "DRAFT", fourQuestions())).path("id");
            String open = createSurvey(survey("Öppen " + marker, "OPEN", fourQuestions())).path("id");
            String closed = createSurvey(survey("Stängd " + marker, "OPEN", List.of())).path("id");
            patchSurvey(closed, "\"0\"", body("status", "CLOSED")).then().statusCode(200);

            for (String member : List.of(Tokens.MEMBER_08, Tokens.MEMBER2_08, Tokens.IMPORTER_08)) {
                String unknown = UUID.randomUUID().toString();
                Fixtures.assertSameAsUnknown(as(member).get(API + "/counties/08/surveys/" + draft), draft,
                        as(member).get(API + "/counties/08/surveys/" + unknown), unknown);
                as(member).get(API + "/counties/08/surveys/" + open).then().statusCode(200)
                        .body("questions", hasSize(4));
                as(member).get(API + "/counties/08/surveys/" + closed).then().statusCode(200);
                as(member).queryParam("q", marker).get(API + "/counties/08/surveys").then().statusCode(200)
                        .body("totalItems", is(2))
                        .body("items.id", contains(closed, open));
                as(member).queryParam("q", marker).queryParam("status", "DRAFT").get(API + "/counties/08/surveys")
                        .then().statusCode(200).body("totalItems", is(0));
            }
            as(Tokens.COORDINATOR_08).queryParam("q", marker).get(API + "/counties/08/surveys").then()
                    .statusCode(200).body("items.id", contains(closed, draft, open));
        }
    }

    @Nested
    @DisplayName("Filtering (as coordinator-08)")
    class Filtering {

        @Test
        @DisplayName("?status=OPEN lists only open surveys; ?q= finds words of the description too")
        void shouldFilterByStatusAndText() {
            String marker = marker();
            createSurvey(survey("Utkast " + marker, "DRAFT", List.of()));
            String open = createSurvey(survey("Öppen " + marker, "OPEN", List.of())).path("id");
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("status", "OPEN")
                    .get(API + "/counties/08/surveys").then().statusCode(200)
                    .body("items.id", contains(open));

            String described = createSurvey(body("title", "Enkät", "description", "Trygghet på Åby " + marker,
                    "opensOn", "2027-01-01", "closesOn", "2027-01-31", "status", "DRAFT")).path("id");
            as(Tokens.COORDINATOR_08).queryParam("q", "ÅBY " + marker).get(API + "/counties/08/surveys")
                    .then().statusCode(200).body("items.id", contains(described));
        }

        @Test
        @DisplayName("?sort=opensOn,desc sorts by the day it opens")
        void shouldSortByOpensOn() {
            String marker = marker();
            String early = createSurvey(body("title", "A " + marker, "opensOn", "2027-01-01", "closesOn", "2027-01-31",
                    "status", "DRAFT")).path("id");
            String late = createSurvey(body("title", "B " + marker, "opensOn", "2027-06-01", "closesOn", "2027-06-30",
                    "status", "DRAFT")).path("id");
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", "opensOn,desc")
                    .get(API + "/counties/08/surveys").then().statusCode(200).body("items.id", contains(late, early));
        }
    }
}
