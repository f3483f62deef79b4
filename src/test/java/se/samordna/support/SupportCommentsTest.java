package se.samordna.support;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.support.SupportData.KALMAR;
import static se.samordna.support.SupportData.comment;
import static se.samordna.support.SupportData.fileInKalmar;
import static se.samordna.support.SupportWorkflowTest.BLEKINGE;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.subjectOf;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samordna.testing.Tokens;

/** Comments on support requests: public ones, internal notes that members never see, persona by persona. */
@QuarkusTest
@DisplayName("Support request comments")
class SupportCommentsTest {

    /** How many comments coordinator-08 reads on the Kalmar request. */
    static int commentCount(String id) {
        return as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id + "/comments").then().statusCode(200)
                .extract().path("totalItems");
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar {

        @Test
        @DisplayName("POST …/comments answers 201 with Location; public and internal ones are listed oldest first")
        void shouldComment() {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            String publicText = "Vi har bokat ett möte – " + marker();
            String internalText = "Intern anteckning: ring Brå först " + marker();
            String location = comment(Tokens.COORDINATOR_08, KALMAR, id, publicText, null).then().statusCode(201)
                    .header("Location", containsString(KALMAR + "/" + id + "/comments/"))
                    .body("text", equalTo(publicText))
                    .body("internal", is(false))
                    .body("byCoordinator", is(true))
                    .body("author.subject", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("author.name", equalTo(Tokens.COORDINATOR_08))
                    .extract().header("Location");
            comment(Tokens.COORDINATOR_08, KALMAR, id, internalText, true).then().statusCode(201)
                    .body("internal", is(true));

            as(Tokens.COORDINATOR_08).get(location).then().statusCode(200).body("text", equalTo(publicText));
            as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id + "/comments").then().statusCode(200)
                    .body("totalItems", is(2))
                    .body("items.text", contains(publicText, internalText))
                    .body("items.internal", contains(false, true));
        }

        @Test
        @DisplayName("a comment makes no new version of the request")
        void shouldNotVersionRequest() {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            comment(Tokens.COORDINATOR_08, KALMAR, id, "Noterat", null).then().statusCode(201);
            as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
        }

        @ParameterizedTest(name = "POST …/comments with {0} answers 400 naming {1} and writes nothing")
        @MethodSource("se.samordna.support.SupportCommentsTest#badComments")
        void shouldRefuseBadComment(String json, String field) {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(json).post(KALMAR + "/" + id + "/comments")
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertEquals(0, commentCount(id));
        }

        @Test
        @DisplayName("POST and GET …/{unknown id}/comments and GET of an unknown comment answer 404")
        void shouldNotFindUnknown() {
            String unknown = UUID.randomUUID().toString();
            comment(Tokens.COORDINATOR_08, KALMAR, unknown, "Hallå", null).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).get(KALMAR + "/" + unknown + "/comments").then().spec(problem(404));
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id + "/comments/" + unknown).then().spec(problem(404));
        }
    }

    static Stream<Arguments> badComments() {
        return Stream.of(
                arguments("{}", "text"),
                arguments("{\"text\": \"  \"}", "text"),
                arguments("{\"text\": 5}", "text"),
                arguments("{\"text\": \"" + "x".repeat(10001) + "\"}", "text"),
                arguments("{\"text\": \"Hej\", \"internal\": \"yes\"}", "internal"),
                arguments("{\"text\": \"Hej\", \"private\": true}", "private"));
    }

    @Nested
    @DisplayName("As coordinators of other counties (coordinator-0810, coordinator-10)")
    class AsOtherCoordinators {

        @Test
        @DisplayName("coordinator-0810 comments in Kalmar; under /counties/10 the Kalmar request is 404")
        void shouldCommentAsTwoCountyCoordinator() {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            comment(Tokens.COORDINATOR_0810, BLEKINGE, id, "Fel län", null).then().spec(problem(404));
            as(Tokens.COORDINATOR_0810).get(BLEKINGE + "/" + id + "/comments").then().spec(problem(404));
            comment(Tokens.COORDINATOR_0810, KALMAR, id, "Rätt län", true).then().statusCode(201);
            assertEquals(1, commentCount(id));
        }

        @Test
        @DisplayName("coordinator-10 gets 403 in Kalmar and 404 for the Kalmar request under /counties/10")
        void shouldNotReachKalmar() {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            comment(Tokens.COORDINATOR_10, KALMAR, id, "Hej", null).then().spec(problem(403));
            as(Tokens.COORDINATOR_10).get(KALMAR + "/" + id + "/comments").then().spec(problem(403));
            comment(Tokens.COORDINATOR_10, BLEKINGE, id, "Hej", null).then().spec(problem(404));
            as(Tokens.COORDINATOR_10).get(BLEKINGE + "/" + id + "/comments").then().spec(problem(404));
            assertEquals(0, commentCount(id));
        }
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08), on its own request")
    class AsMemberOfKalmar {

        String id;
        String publicText;
        String internalText;
        String internalId;

        @BeforeEach
        void fileWithComments() {
            id = fileInKalmar(Tokens.MEMBER_08);
            publicText = "Vi återkommer inom en vecka " + marker();
            internalText = "INTERNT: kommunen har sökt detta förut " + marker();
            comment(Tokens.COORDINATOR_08, KALMAR, id, publicText, false).then().statusCode(201);
            internalId = comment(Tokens.COORDINATOR_08, KALMAR, id, internalText, true).then().statusCode(201)
                    .extract().path("id");
            // a transition, so that the history holds a coordinator's change made after the note
            SupportData.transition(Tokens.COORDINATOR_08, KALMAR, id, TransitionAction.TRIAGE, null)
                    .then().statusCode(200);
        }

        @Test
        @DisplayName("POST …/comments answers 201, a public comment not by a coordinator")
        void shouldComment() {
            comment(Tokens.MEMBER_08, KALMAR, id, "Tack!", null).then().statusCode(201)
                    .body("internal", is(false)).body("byCoordinator", is(false))
                    .body("author.subject", equalTo(subjectOf(Tokens.MEMBER_08)));
            as(Tokens.MEMBER_08).get(KALMAR + "/" + id + "/comments").then().statusCode(200)
                    .body("items.text", contains(publicText, "Tack!"));
        }

        @Test
        @DisplayName("POST …/comments with internal: true answers 403 naming internal and writes nothing")
        void shouldRefuseInternal() {
            comment(Tokens.MEMBER_08, KALMAR, id, "Hemligt", true).then().spec(problem(403))
                    .body("errors.field", contains("internal"));
            assertEquals(2, commentCount(id));
        }

        @Test
        @DisplayName("an internal note is in no list, no GET, no history and no transition it can read")
        void shouldNeverSeeInternalNotes() {
            as(Tokens.MEMBER_08).get(KALMAR + "/" + id + "/comments").then().statusCode(200)
                    .body("totalItems", is(1))
                    .body("items.text", contains(publicText))
                    .body(not(containsString(internalText)));
            as(Tokens.MEMBER_08).queryParam("size", 200).get(KALMAR + "/" + id + "/comments").then().statusCode(200)
                    .body("items.internal", contains(false));
            as(Tokens.MEMBER_08).get(KALMAR + "/" + id + "/comments/" + internalId).then().spec(problem(404));
            for (String path : new String[] { "", "/history", "/transitions" }) {
                as(Tokens.MEMBER_08).get(KALMAR + "/" + id + path).then().statusCode(200)
                        .body(not(containsString(internalText))).body(not(containsString(internalId)));
            }
            as(Tokens.MEMBER_08).queryParam("q", internalText).get(KALMAR).then().statusCode(200)
                    .body("totalItems", is(0));
            as(Tokens.MEMBER_08).queryParam("size", 200).get(KALMAR).then().statusCode(200)
                    .body(not(containsString(internalText)));
            // coordinators do see it
            as(Tokens.COORDINATOR_08).get(KALMAR + "/" + id + "/comments/" + internalId).then().statusCode(200)
                    .body("text", equalTo(internalText));
        }

        @Test
        @DisplayName("comments on a request a coordinator filed answer 404")
        void shouldNotFindCoordinatorsRequest() {
            String other = fileInKalmar(Tokens.COORDINATOR_08);
            comment(Tokens.MEMBER_08, KALMAR, other, "Hej", null).then().spec(problem(404));
            as(Tokens.MEMBER_08).get(KALMAR + "/" + other + "/comments").then().spec(problem(404));
            assertEquals(0, commentCount(other));
        }
    }

    @Nested
    @DisplayName("As another member in Kalmar (member2-08)")
    class AsAnotherMemberOfKalmar {

        @Test
        @DisplayName("POST and GET …/comments of member-08's request and its comment answer 404 and write nothing")
        void shouldNotFindOtherMembersRequest() {
            String id = fileInKalmar(Tokens.MEMBER_08);
            String commentId = comment(Tokens.MEMBER_08, KALMAR, id, "Min fråga", null).then().statusCode(201)
                    .extract().path("id");
            comment(Tokens.MEMBER2_08, KALMAR, id, "Inblandning", null).then().spec(problem(404));
            as(Tokens.MEMBER2_08).get(KALMAR + "/" + id + "/comments").then().spec(problem(404));
            as(Tokens.MEMBER2_08).get(KALMAR + "/" + id + "/comments/" + commentId).then().spec(problem(404));
            assertEquals(1, commentCount(id));
        }
    }

    @Nested
    @DisplayName("As importer of Kalmar (importer-08)")
    class AsImporterOfKalmar {

        @Test
        @DisplayName("GET …/comments answers 200 without internal notes (coordinators' only); POST answers 403 and writes nothing")
        void shouldReadOnly() {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            comment(Tokens.COORDINATOR_08, KALMAR, id, "Offentlig", false).then().statusCode(201);
            String internal = comment(Tokens.COORDINATOR_08, KALMAR, id, "Intern", true).then().statusCode(201)
                    .extract().path("id");
            as(Tokens.IMPORTER_08).get(KALMAR + "/" + id + "/comments").then().statusCode(200)
                    .body("items.text", containsInAnyOrder("Offentlig"));
            as(Tokens.IMPORTER_08).get(KALMAR + "/" + id + "/comments/" + internal).then().spec(problem(404));
            comment(Tokens.IMPORTER_08, KALMAR, id, "Import", null).then().spec(problem(403));
            assertEquals(2, commentCount(id));
        }
    }

    @Nested
    @DisplayName("As national analyst (analyst) and without a token")
    class AsOthers {

        @Test
        @DisplayName("the analyst gets 403 on POST and GET …/comments; no token gets 401; nothing is written")
        void shouldRefuse() {
            String id = fileInKalmar(Tokens.COORDINATOR_08);
            comment(Tokens.ANALYST, KALMAR, id, "Hej", null).then().spec(problem(403));
            as(Tokens.ANALYST).get(KALMAR + "/" + id + "/comments").then().spec(problem(403));
            RestAssured.given().contentType(ContentType.JSON).body("{\"text\": \"Hej\"}")
                    .post(KALMAR + "/" + id + "/comments")
                    .then().spec(problem(401)).header("WWW-Authenticate", startsWith("Bearer"));
            RestAssured.given().get(KALMAR + "/" + id + "/comments").then().spec(problem(401))
                    .header("WWW-Authenticate", startsWith("Bearer"));
            assertEquals(0, commentCount(id));
        }
    }
}
