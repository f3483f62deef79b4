package se.samordna.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samordna.testing.Tokens.as;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data and checks shared by the county resource suites: objects created through the API by the county's
 * coordinator, unique names so that tests sharing the run's database never see each other's data, and the
 * shape of a problem answer.
 */
public final class Fixtures {

    public static final String API = "/api/v1";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SUBJECTS = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /**
     * The contact each demo member login acts as in Kalmar, and that contact's organisation: test data of
     * {@code src/test/resources/db/testdata}, two different organisations.
     */
    private static final Map<String, String[]> LINKED = Map.of(
            Tokens.MEMBER_08, new String[] { "00000000-0000-4000-8000-000000000811",
                    "00000000-0000-4000-8000-000000000801" },
            Tokens.MEMBER2_08, new String[] { "00000000-0000-4000-8000-000000000812",
                    "00000000-0000-4000-8000-000000000802" });

    /** The id of the Kalmar contact the member login acts as (member-08 or member2-08). */
    public static String linkedContactOf(String member) {
        return linked(member)[0];
    }

    /** The id of the Kalmar organisation the member login acts for (member-08 or member2-08). */
    public static String linkedOrganisationOf(String member) {
        return linked(member)[1];
    }

    private static String[] linked(String member) {
        String[] link = LINKED.get(member);
        if (link == null) {
            throw new IllegalArgumentException(member + " is linked to no contact in the test data");
        }
        return link;
    }

    /** A word no other test uses, to put in names and find them again with {@code q=}. */
    public static String marker() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A JSON object from keys and values in order; values may be null (sent as JSON null). */
    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    public static String coordinatorOf(String countyCode) {
        return switch (countyCode) {
            case "01" -> Tokens.COORDINATOR_01;
            case "08" -> Tokens.COORDINATOR_08;
            case "10" -> Tokens.COORDINATOR_10;
            default -> throw new IllegalArgumentException("no coordinator of county " + countyCode);
        };
    }

    /** Creates an organisation as the county's coordinator and returns its id. */
    public static String createOrganisation(String countyCode, Map<String, ?> body) {
        return create(countyCode, "organisations", body);
    }

    /** Creates an organisation of type OTHER with this name as the county's coordinator and returns its id. */
    public static String createOrganisation(String countyCode, String name) {
        return createOrganisation(countyCode, body("name", name, "type", "OTHER"));
    }

    /** Creates a contact as the county's coordinator and returns its id. */
    public static String createContact(String countyCode, Map<String, ?> body) {
        return create(countyCode, "contacts", body);
    }

    /** Creates an object of the collection (such as {@code contacts}) as the county's coordinator; returns its id. */
    public static String create(String countyCode, String collection, Map<String, ?> body) {
        return as(coordinatorOf(countyCode)).contentType(ContentType.JSON).body(body)
                .post(API + "/counties/{cc}/" + collection, countyCode)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** How many objects the county's list holds, as its coordinator reads it. */
    public static long count(String countyCode, String collection) {
        return as(coordinatorOf(countyCode)).get(API + "/counties/{cc}/" + collection, countyCode)
                .then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
    }

    /** The object as the county's coordinator reads it now (status 200 expected). */
    public static Response read(String countyCode, String collection, String id) {
        Response response = as(coordinatorOf(countyCode))
                .get(API + "/counties/{cc}/" + collection + "/{id}", countyCode, id);
        response.then().statusCode(200);
        return response;
    }

    /** The token subject of a demo user, as {@code GET /me} tells it. */
    public static String subjectOf(String user) {
        return SUBJECTS.computeIfAbsent(user, u -> as(u).get(API + "/me")
                .then().statusCode(200).extract().path("subject"));
    }

    /** A request with a garbage bearer token. */
    public static RequestSpecification withGarbageToken() {
        return given().auth().oauth2("garbage.not-a.jwt");
    }

    /**
     * Adds a JSON Merge Patch body as a client sends it: {@code application/merge-patch+json} without a charset
     * parameter, the bytes in UTF-8 (RFC 7396 and RFC 8259).
     */
    public static RequestSpecification mergePatch(RequestSpecification request, Object patch) {
        return request
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .defaultCharsetForContentType("UTF-8", MERGE_PATCH_JSON)
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(MERGE_PATCH_JSON)
                .body(patch instanceof String text ? text : toJson(patch));
    }

    /**
     * An RFC 9457 problem answer with this status, a title and detail, a {@code type} documented in
     * {@code docs/problems.md}, an {@code instance} naming a path of the API, and the request's id.
     */
    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(PROBLEM_JSON)
                .expectBody("status", is(status))
                .expectBody("title", not(emptyOrNullString()))
                .expectBody("detail", not(emptyOrNullString()))
                .expectBody("type", documentedProblemType())
                .expectBody("instance", startsWith(API + "/"))
                .expectBody("requestId", not(emptyOrNullString()))
                .build();
    }

    /** A problem answer as {@link #problem(int)}, whose {@code instance} is exactly the path asked (API root included). */
    public static ResponseSpecification problem(int status, String path) {
        return new ResponseSpecBuilder().addResponseSpecification(problem(status))
                .expectBody("instance", equalTo(path))
                .build();
    }

    /**
     * The type URI of a problem as the API under test answers it: the anchor of its section on the documentation page
     * that the same API serves ({@code …/api/v1/docs/problems#slug}).
     */
    public static String problemType(String slug) {
        return problemTypeBase() + slug;
    }

    private static String problemTypeBase() {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + API + "/docs/problems#";
    }

    /** A problem {@code type} that {@code docs/problems.md} documents (a section named by the type), or about:blank. */
    public static Matcher<String> documentedProblemType() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String type) {
                return "about:blank".equals(type) || type.startsWith(problemTypeBase())
                        && documentedProblemTypes().contains(type.substring(problemTypeBase().length()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("about:blank or " + problemTypeBase() + "<one of " + documentedProblemTypes()
                        + " in docs/problems.md>");
            }
        };
    }

    private static volatile Set<String> problemTypes;

    /** The sections ({@code ## type}) of docs/problems.md. */
    public static Set<String> documentedProblemTypes() {
        if (problemTypes == null) {
            try {
                problemTypes = Files.readAllLines(Path.of("docs/problems.md")).stream()
                        .filter(line -> line.startsWith("## "))
                        .map(line -> line.substring(3).strip())
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("docs/problems.md documents the problem types", e);
            }
        }
        return problemTypes;
    }

    /**
     * Checks that asking for an object of another county answered exactly what asking for an id that exists
     * nowhere answered: same status and problem, the ids aside.
     */
    public static void assertSameAsUnknown(Response forOtherCounty, String otherId, Response forUnknown,
            String unknownId) {
        forOtherCounty.then().spec(problem(404));
        forUnknown.then().spec(problem(404));
        // every answer has a request id of its own; apart from the ids, the two must not differ
        String other = forOtherCounty.asString().replace(otherId, "{id}")
                .replace(forOtherCounty.header("X-Request-Id"), "{requestId}");
        String unknown = forUnknown.asString().replace(unknownId, "{id}")
                .replace(forUnknown.header("X-Request-Id"), "{requestId}");
        assertEquals(unknown, other, "the 404 for another county's object differs from that for an unknown id");
    }

    /** A valid organisation number (Luhn check digit) that no other test uses, as NNNNNN-NNNN. */
    public static String uniqueOrganisationNumber() {
        // the third digit at least 2, as an organisation's (a personal identity number has a month there)
        String nine = "55" + String.format("%07d", 2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
        String ten = nine + luhnCheckDigit(nine);
        return ten.substring(0, 6) + "-" + ten.substring(6);
    }

    /** The Luhn check digit of the nine first digits of an organisation number. */
    public static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
