package se.samordna.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/** The error contract that every path keeps: RFC 9457 problem+json, the right status, nothing of the inside. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String ORGANISATIONS = "/api/v1/counties/{cc}/organisations";
    private static final String ORGANISATION = ORGANISATIONS + "/{id}";

    /**
     * Asserts the shape every error shares: problem+json with the status in the body and a type, and nothing that
     * would tell a caller how the server is built.
     */
    static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("status", is(status))
                .body("type", Fixtures.documentedProblemType())
                .body("instance", startsWith("/"))
                .body("title", notNullValue());
        String body = response.extract().asString();
        assertFalse(body.contains("Exception"), () -> "the body names an exception: " + body);
        assertFalse(body.contains("org."), () -> "the body names a package: " + body);
        assertFalse(body.contains("java."), () -> "the body names a package: " + body);
        assertFalse(body.contains("\tat "), () -> "the body has a stack trace: " + body);
        assertFalse(body.toLowerCase().contains("<html"), () -> "the body is an HTML page: " + body);
        return response;
    }

    static long organisationCount(String cc) {
        return as(Tokens.COORDINATOR_08).queryParam("size", 1).get(ORGANISATIONS, cc)
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    static String newOrganisation(String name) {
        return """
                {"name": "%s", "type": "OTHER"}
                """.formatted(name);
    }

    static String uniqueName(String what) {
        return "Problemtest " + what + " " + UUID.randomUUID();
    }

    @Nested
    @DisplayName("Paths, methods and media types")
    class Routing {

        @Test
        @DisplayName("GET /nothing-here is 404 problem+json")
        void shouldAnswerUnknownPathWithProblem() {
            assertProblem(as(Tokens.COORDINATOR_08).get("/api/v1/nothing-here").then(), 404)
                    .body("type", equalTo(Fixtures.problemType("not-found")));
        }

        @Test
        @DisplayName("GET /nothing-here without a token is still a problem+json, never an HTML page")
        void shouldAnswerUnknownPathWithoutTokenWithProblem() {
            ValidatableResponse response = given().get("/api/v1/nothing-here").then();
            int status = response.extract().statusCode();
            // 401 or 404 are both honest answers for a caller without a token; either must be a problem
            assertTrue(status == 401 || status == 404, "status " + status);
            assertProblem(response, status);
        }

        @Test
        @DisplayName("DELETE /counties is 405 problem+json, Allow naming what the path answers")
        void shouldRefuseWrongMethod() {
            assertProblem(as(Tokens.ADMIN).delete("/api/v1/counties").then(), 405)
                    .header("Allow", equalTo("GET, HEAD, OPTIONS"));
        }

        @Test
        @DisplayName("PATCH /counties/08/organisations (the list) is 405 with Allow: GET, HEAD, OPTIONS, POST")
        void shouldNameMethodsOfTheListInAllow() {
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/merge-patch+json").body("{}")
                    .patch(ORGANISATIONS, "08").then(), 405)
                    .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        }

        @Test
        @DisplayName("POST /counties/08/organisations/{id} is 405 with Allow naming GET, PUT, PATCH and DELETE")
        void shouldNameMethodsOfAnObjectInAllow() {
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/json").body("{}")
                    .post(ORGANISATION, "08", UUID.randomUUID()).then(), 405)
                    .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
        }

        @Test
        @DisplayName("GET /counties with Accept: text/html is 406 problem+json")
        void shouldRefuseUnacceptableMediaType() {
            assertProblem(as(Tokens.ADMIN).accept("text/html").get("/api/v1/counties").then(), 406);
        }

        @Test
        @DisplayName("GET /counties/08/organisations with Accept: text/html is 406 problem+json")
        void shouldRefuseUnacceptableMediaTypeOnCountyResource() {
            assertProblem(as(Tokens.COORDINATOR_08).accept("text/html").get(ORGANISATIONS, "08").then(), 406);
        }

        @Test
        @DisplayName("GET /counties with Accept: text/html, application/json;q=0.9 answers JSON")
        void shouldAnswerJsonWhenJsonIsAcceptable() {
            as(Tokens.ADMIN).accept("text/html, application/json;q=0.9").get("/api/v1/counties")
                    .then().statusCode(200).contentType("application/json").body("totalItems", is(21));
        }

        @Test
        @DisplayName("POST /counties/08/organisations as text/plain is 415 problem+json, nothing written")
        void shouldRefuseUnsupportedMediaType() {
            long before = organisationCount("08");
            assertProblem(as(Tokens.COORDINATOR_08).contentType("text/plain")
                    .body(newOrganisation(uniqueName("text/plain")))
                    .post(ORGANISATIONS, "08").then(), 415);
            assertEquals(before, organisationCount("08"));
        }
    }

    @Nested
    @DisplayName("Bad bodies, as coordinator of Kalmar")
    class BadBodies {

        private long before;

        @BeforeEach
        void countBefore() {
            before = organisationCount("08");
        }

        @AfterEach
        void nothingWritten() {
            assertEquals(before, organisationCount("08"), "a refused request wrote an organisation");
        }

        private ValidatableResponse post(String json) {
            return as(Tokens.COORDINATOR_08).contentType("application/json").body(json)
                    .post(ORGANISATIONS, "08").then();
        }

        @Test
        @DisplayName("POST with malformed JSON is 400 malformed-body")
        void shouldRefuseMalformedJson() {
            assertProblem(post("{\"name\": \"Kalmar kommun\", \"type\": "), 400)
                    .body("type", endsWith("malformed-body"));
        }

        @Test
        @DisplayName("POST with a JSON array instead of an object is 400 problem+json")
        void shouldRefuseArray() {
            assertProblem(post("[" + newOrganisation(uniqueName("array")) + "]"), 400)
                    .body("type", endsWith("malformed-body"));
        }

        @Test
        @DisplayName("POST with a JSON string instead of an object is 400 problem+json")
        void shouldRefuseString() {
            assertProblem(post("\"Kalmar kommun\""), 400);
        }

        @Test
        @DisplayName("POST with an object where a text belongs is 400 naming the field")
        void shouldRefuseObjectForText() {
            assertProblem(post("{\"name\": {\"first\": \"Kalmar\"}, \"type\": \"OTHER\"}"), 400)
                    .body("type", equalTo(Fixtures.problemType("validation")))
                    .body("errors[0].field", equalTo("name"));
        }

        @Test
        @DisplayName("POST with an empty body is 400 problem+json")
        void shouldRefuseEmptyBody() {
            assertProblem(post(""), 400);
        }

        @Test
        @DisplayName("POST with an unknown field is 400 naming that field")
        void shouldRefuseUnknownField() {
            assertProblem(post("{\"name\": \"" + uniqueName("unknown") + "\", \"type\": \"OTHER\", \"colour\": \"blå\"}"),
                    400)
                    .body("type", equalTo(Fixtures.problemType("validation")))
                    .body("errors[0].field", equalTo("colour"));
        }

        @Test
        @DisplayName("POST with an unknown field of 2 000 characters names it cut to the spec's 1 000, the cut marked")
        void shouldCutALongUnknownField() {
            String field = "å".repeat(2_000);
            assertProblem(post("{\"name\": \"" + uniqueName("long") + "\", \"type\": \"OTHER\", \"" + field + "\": 1}"), 400)
                    .body("errors[0].field", equalTo("å".repeat(999) + "…"));
        }

        @Test
        @DisplayName("POST with a type that is no organisation type is 400 naming field type")
        void shouldRefuseWrongEnumValue() {
            assertProblem(post("{\"name\": \"" + uniqueName("enum") + "\", \"type\": \"CASTLE\"}"), 400)
                    .body("errors[0].field", equalTo("type"))
                    .body("errors[0].message", containsString("MUNICIPALITY"));
        }

        @Test
        @DisplayName("POST without the required name is 400 naming field name")
        void shouldRefuseMissingName() {
            assertProblem(post("{\"type\": \"OTHER\"}"), 400)
                    .body("errors[0].field", equalTo("name"));
        }

        @Test
        @DisplayName("POST with a wrong organisation number is 400 naming field organisationNumber")
        void shouldRefuseBadOrganisationNumber() {
            assertProblem(post("{\"name\": \"" + uniqueName("orgnr") + "\", \"type\": \"OTHER\", "
                    + "\"organisationNumber\": \"212000-0828\"}"), 400)
                    .body("errors[0].field", equalTo("organisationNumber"));
        }
    }

    @Nested
    @DisplayName("Bounds the spec states, enforced (as coordinator of Kalmar)")
    class Bounds {

        @Test
        @DisplayName("GET /counties/08/organisations?q= of 201 characters is 400 naming q; 200 are searched")
        void shouldRefuseTooLongSearch() {
            assertProblem(as(Tokens.COORDINATOR_08).queryParam("q", "å".repeat(201)).get(ORGANISATIONS, "08").then(), 400)
                    .body("errors[0].field", equalTo("q"))
                    .body("errors[0].message", containsString("200"));
            as(Tokens.COORDINATOR_08).queryParam("q", "å".repeat(200)).get(ORGANISATIONS, "08")
                    .then().statusCode(200).body("totalItems", equalTo(0));
            // characters, as the spec's maxLength counts them: 200 emoji are 400 UTF-16 units
            as(Tokens.COORDINATOR_08).queryParam("q", "😀".repeat(200)).get(ORGANISATIONS, "08")
                    .then().statusCode(200).body("totalItems", equalTo(0));
            assertProblem(as(Tokens.COORDINATOR_08).queryParam("q", "😀".repeat(201)).get(ORGANISATIONS, "08").then(), 400)
                    .body("errors[0].field", equalTo("q"));
        }

        @Test
        @DisplayName("A body with 150 fields at fault is one 400 naming the first 100 of them, and saying there were 150")
        void shouldNameAtMostHundredFields() {
            StringBuilder questions = new StringBuilder();
            for (int i = 0; i < 75; i++) {
                questions.append(i == 0 ? "" : ", ").append("{\"text\": \"Fråga ").append(i)
                        .append("\", \"type\": \"SINGLE_CHOICE\", \"options\": [\"\", \"\"]}");
            }
            String survey = "{\"title\": \"" + uniqueName("gränser") + "\", \"opensOn\": \"2027-01-01\", "
                    + "\"closesOn\": \"2027-02-01\", \"status\": \"DRAFT\", \"questions\": [" + questions + "]}";
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/json").body(survey)
                    .post("/api/v1/counties/{cc}/surveys", "08").then(), 400)
                    .body("errors.size()", equalTo(100))
                    .body("detail", containsString("150"));
        }
    }

    @Nested
    @DisplayName("County codes")
    class CountyCodes {

        @Test
        @DisplayName("GET /counties/8/organisations is 400 naming field cc")
        void shouldRefuseOneDigitCounty() {
            assertProblem(as(Tokens.COORDINATOR_08).get(ORGANISATIONS, "8").then(), 400)
                    .body("errors[0].field", equalTo("cc"));
        }

        @Test
        @DisplayName("GET /counties/abc/organisations is 400 naming field cc")
        void shouldRefuseLettersAsCounty() {
            assertProblem(as(Tokens.COORDINATOR_08).get(ORGANISATIONS, "abc").then(), 400)
                    .body("errors[0].field", equalTo("cc"));
        }

        @Test
        @DisplayName("POST /counties/8/organisations is 400 naming field cc, nothing written")
        void shouldRefuseWriteToMalformedCounty() {
            long before = organisationCount("08");
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/json")
                    .body(newOrganisation(uniqueName("cc 8"))).post(ORGANISATIONS, "8").then(), 400)
                    .body("errors[0].field", equalTo("cc"));
            assertEquals(before, organisationCount("08"));
        }

        @Test
        @DisplayName("GET /counties/99/organisations is 404 problem+json")
        void shouldAnswerUnknownCountyWith404() {
            assertProblem(as(Tokens.COORDINATOR_08).get(ORGANISATIONS, "99").then(), 404)
                    .body("type", equalTo(Fixtures.problemType("not-found")));
        }

        @Test
        @DisplayName("GET /counties/99 is 404 problem+json")
        void shouldAnswerUnknownCountyReferenceWith404() {
            assertProblem(as(Tokens.ADMIN).get("/api/v1/counties/99").then(), 404);
        }

        @Test
        @DisplayName("GET /counties/08/organisations/not-a-uuid is a 4xx problem+json")
        void shouldRefuseMalformedId() {
            ValidatableResponse response = as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", "not-a-uuid").then();
            int status = response.extract().statusCode();
            assertTrue(status == 400 || status == 404, "status " + status);
            assertProblem(response, status);
        }

        @Test
        @DisplayName("GET /counties/08/organisations/{an id that does not exist} is 404 problem+json")
        void shouldAnswerUnknownIdWith404() {
            assertProblem(as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", UUID.randomUUID()).then(), 404)
                    .body("type", equalTo(Fixtures.problemType("not-found")));
        }
    }

    @Nested
    @DisplayName("Roles")
    class Roles {

        @Test
        @DisplayName("GET /counties/08/organisations as the national analyst (no role in 08) is 403 problem+json")
        void shouldRefuseCallerWithoutRoleInCounty() {
            assertProblem(as(Tokens.ANALYST).get(ORGANISATIONS, "08").then(), 403)
                    .body("type", equalTo(Fixtures.problemType("forbidden")));
        }

        @Test
        @DisplayName("GET /counties/08/organisations as coordinator of Blekinge is 403 problem+json")
        void shouldRefuseOtherCountysCoordinator() {
            assertProblem(as(Tokens.COORDINATOR_10).get(ORGANISATIONS, "08").then(), 403);
        }

        @Test
        @DisplayName("POST /counties/08/organisations as member of Kalmar is 403 problem+json, nothing written")
        void shouldRefuseMemberDoingCoordinatorsWork() {
            long before = organisationCount("08");
            assertProblem(as(Tokens.MEMBER_08).contentType("application/json")
                    .body(newOrganisation(uniqueName("member"))).post(ORGANISATIONS, "08").then(), 403)
                    .body("type", equalTo(Fixtures.problemType("forbidden")));
            assertEquals(before, organisationCount("08"));
        }

        @Test
        @DisplayName("POST /counties/08/organisations without a token is 401 problem+json, nothing written")
        void shouldRefuseWriteWithoutToken() {
            long before = organisationCount("08");
            assertProblem(given().contentType("application/json")
                    .body(newOrganisation(uniqueName("anonymous"))).post(ORGANISATIONS, "08").then(), 401)
                    .header("WWW-Authenticate", containsString("Bearer"));
            assertEquals(before, organisationCount("08"));
        }
    }

    @Nested
    @DisplayName("Versions, on an organisation of Kalmar")
    class Versions {

        private String id;

        @BeforeEach
        void createOrganisation() {
            id = as(Tokens.COORDINATOR_08).contentType("application/json")
                    .body(newOrganisation(uniqueName("versions")))
                    .post(ORGANISATIONS, "08")
                    .then().statusCode(201).extract().path("id");
        }

        @AfterEach
        void deleteOrganisation() {
            String etag = as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", id)
                    .then().statusCode(200).extract().header("ETag");
            as(Tokens.COORDINATOR_08).header("If-Match", etag).delete(ORGANISATION, "08", id)
                    .then().statusCode(204);
        }

        private String replacement(String name) {
            return newOrganisation(name);
        }

        @Test
        @DisplayName("PUT without If-Match is 428 problem+json and changes nothing")
        void shouldRequireIfMatch() {
            String name = uniqueName("no if-match");
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/json").body(replacement(name))
                    .put(ORGANISATION, "08", id).then(), 428)
                    .body("type", equalTo(Fixtures.problemType("if-match-required")));
            as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", id)
                    .then().statusCode(200).body("version", is(0)).body("name", not(equalTo(name)));
        }

        @Test
        @DisplayName("PUT with If-Match: abc is 400 naming field If-Match and changes nothing")
        void shouldRefuseMalformedIfMatch() {
            String name = uniqueName("bad if-match");
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/json").header("If-Match", "abc")
                    .body(replacement(name)).put(ORGANISATION, "08", id).then(), 400)
                    .body("errors[0].field", equalTo("If-Match"));
            as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", id)
                    .then().statusCode(200).body("version", is(0)).body("name", not(equalTo(name)));
        }

        @ParameterizedTest(name = "PUT with If-Match: {0} (the current version, but no strong tag) is 400 naming If-Match and changes nothing")
        @ValueSource(strings = { "W/\"0\"", "0" })
        void shouldRefuseWeakOrUnquotedIfMatch(String ifMatch) {
            String name = uniqueName("weak if-match");
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/json").header("If-Match", ifMatch)
                    .body(replacement(name)).put(ORGANISATION, "08", id).then(), 400)
                    .body("errors[0].field", equalTo("If-Match"));
            as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", id)
                    .then().statusCode(200).body("version", is(0)).body("name", not(equalTo(name)));
        }

        @Test
        @DisplayName("PUT with If-Match: * replaces whatever version is current (RFC 9110)")
        void shouldAcceptIfMatchAny() {
            String name = uniqueName("any version");
            as(Tokens.COORDINATOR_08).contentType("application/json").header("If-Match", "*")
                    .body(replacement(name)).put(ORGANISATION, "08", id)
                    .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo(name));
        }

        @Test
        @DisplayName("PUT with If-Match: * on an object of another county is 404, not a blind write")
        void shouldNotLetIfMatchAnyCrossCounties() {
            assertProblem(as(Tokens.COORDINATOR_0810).contentType("application/json").header("If-Match", "*")
                    .body(replacement(uniqueName("any elsewhere"))).put(ORGANISATION, "10", id).then(), 404);
            as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", id).then().statusCode(200).body("version", is(0));
        }

        @Test
        @DisplayName("PUT with a stale If-Match is 412 problem+json and changes nothing")
        void shouldRefuseStaleIfMatch() {
            String name = uniqueName("stale if-match");
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/json").header("If-Match", "\"7\"")
                    .body(replacement(name)).put(ORGANISATION, "08", id).then(), 412)
                    .body("type", equalTo(Fixtures.problemType("stale-version")));
            as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", id)
                    .then().statusCode(200).body("version", is(0)).body("name", not(equalTo(name)));
        }

        @Test
        @DisplayName("PUT with an unknown field and a good If-Match is 400 and changes nothing")
        void shouldRefuseUnknownFieldOnReplace() {
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/json").header("If-Match", "\"0\"")
                    .body("{\"name\": \"x\", \"type\": \"OTHER\", \"colour\": \"röd\"}")
                    .put(ORGANISATION, "08", id).then(), 400)
                    .body("errors[0].field", equalTo("colour"));
            as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", id)
                    .then().statusCode(200).body("version", is(0));
        }

        @Test
        @DisplayName("PATCH with a JSON array is 400 problem+json and changes nothing")
        void shouldRefuseArrayAsMergePatch() {
            assertProblem(as(Tokens.COORDINATOR_08).contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"").body("[{\"name\": \"x\"}]")
                    .patch(ORGANISATION, "08", id).then(), 400);
            as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", id)
                    .then().statusCode(200).body("version", is(0));
        }

        @Test
        @DisplayName("PUT as member of Kalmar is 403 problem+json and changes nothing")
        void shouldRefuseMemberReplacing() {
            String name = uniqueName("member put");
            assertProblem(as(Tokens.MEMBER_08).contentType("application/json").header("If-Match", "\"0\"")
                    .body(replacement(name)).put(ORGANISATION, "08", id).then(), 403);
            as(Tokens.COORDINATOR_08).get(ORGANISATION, "08", id)
                    .then().statusCode(200).body("version", is(0)).body("name", not(equalTo(name)));
        }
    }
}
