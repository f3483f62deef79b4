package se.samordna.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static se.samordna.testing.Fixtures.API;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/** The limits of every request, each answered as a problem where the HTTP layer lets the API answer at all. */
@QuarkusTest
class RequestLimitsTest {

    private static final String ORGANISATIONS = API + "/counties/08/organisations";

    @Test
    @DisplayName("GET with a query longer than 4 096 characters is 414 problem+json, without repeating the URI")
    void shouldRefuseLongUriAsProblem() {
        Tokens.as(Tokens.COORDINATOR_08).queryParam("q", "a".repeat(5_000)).get(ORGANISATIONS).then()
                .statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("type", equalTo(Fixtures.problemType("uri-too-long")))
                .body("instance", nullValue());
    }

    @Test
    @DisplayName("GET with a request line over the HTTP layer's own 16 KiB is 414 with an empty body (documented)")
    void shouldRefuseHugeUriBare() {
        given().queryParam("q", "a".repeat(20_000)).get(ORGANISATIONS).then()
                .statusCode(414).body(emptyString());
    }

    @Test
    @DisplayName("GET with headers over 20 KiB together is 431 problem+json naming the path")
    void shouldRefuseLargeHeadersAsProblem() {
        Tokens.as(Tokens.COORDINATOR_08).header("X-Padding", "p".repeat(21 * 1024)).get(ORGANISATIONS).then()
                .spec(Fixtures.problem(431, ORGANISATIONS))
                .body("type", equalTo(Fixtures.problemType("request-header-fields-too-large")));
    }

    @Test
    @DisplayName("GET with headers over the HTTP layer's own 64 KiB is 431 with an empty body (documented)")
    void shouldRefuseHugeHeadersBare() {
        given().header("X-Padding", "p".repeat(70 * 1024)).get(ORGANISATIONS).then()
                .statusCode(431).body(emptyString());
    }

    @Test
    @DisplayName("GET a list with size=201 is 400 problem naming size")
    void shouldRefuseTooLargePage() {
        Tokens.as(Tokens.COORDINATOR_08).queryParam("size", 201).get(ORGANISATIONS).then()
                .spec(Fixtures.problem(400, ORGANISATIONS))
                .body("errors.field", hasItem("size"));
    }

    @Test
    @DisplayName("A request just under the limits is served")
    void shouldServeRequestsWithinTheLimits() {
        Tokens.as(Tokens.COORDINATOR_08).queryParam("q", "a".repeat(100)).header("X-Padding", "p".repeat(8 * 1024))
                .get(ORGANISATIONS).then().statusCode(200);
    }
}
