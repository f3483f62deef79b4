package se.samordna.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samordna.testing.Tokens;

@QuarkusTest
class ReferenceDataTest {

    @Nested
    @DisplayName("As any signed-in caller")
    class AsSignedIn {

        @Test
        @DisplayName("GET /counties lists the 21 counties")
        void shouldListAllCounties() {
            as(Tokens.ANALYST).queryParam("size", 200)
                    .get("/api/v1/counties")
                    .then().statusCode(200)
                    .body("totalItems", is(21))
                    .body("items.size()", is(21))
                    .body("items.code", hasItems("01", "08", "10", "25"))
                    .body("items.find { it.code == '08' }.name", equalTo("Kalmar län"));
        }

        @Test
        @DisplayName("GET /counties without size lists all 21 on one page; Västra Götaland's 49 municipalities too")
        void shouldListWholeReferenceListsByDefault() {
            as(Tokens.ANALYST).get("/api/v1/counties")
                    .then().statusCode(200)
                    .body("size", is(21)).body("totalPages", is(1)).body("items.size()", is(21));
            as(Tokens.ANALYST).get("/api/v1/counties/14/municipalities")
                    .then().statusCode(200)
                    .body("totalItems", is(49)).body("totalPages", is(1)).body("items.size()", is(49));
            as(Tokens.ANALYST).queryParam("size", 5).get("/api/v1/counties")
                    .then().statusCode(200).body("items.size()", is(5)).body("totalPages", is(5));
        }

        @Test
        @DisplayName("the municipalities of all counties add up to 290")
        void shouldHold290Municipalities() {
            int total = 0;
            for (Object code : as(Tokens.MEMBER_08).queryParam("size", 200).get("/api/v1/counties")
                    .then().statusCode(200).extract().jsonPath().getList("items.code")) {
                total += as(Tokens.MEMBER_08).get("/api/v1/counties/{cc}/municipalities", code)
                        .then().statusCode(200).extract().jsonPath().getInt("totalItems");
            }
            org.junit.jupiter.api.Assertions.assertEquals(290, total);
        }

        @Test
        @DisplayName("GET /counties/10 is Blekinge län with 5 municipalities")
        void shouldGetCounty() {
            as(Tokens.COORDINATOR_08).get("/api/v1/counties/10")
                    .then().statusCode(200)
                    .body("name", equalTo("Blekinge län"))
                    .body("municipalityCount", is(5));
        }

        @Test
        @DisplayName("GET /counties/99 is 404, /counties/8x is 400, both problem+json")
        void shouldRefuseUnknownAndMalformedCounty() {
            as(Tokens.ADMIN).get("/api/v1/counties/99").then().statusCode(404)
                    .contentType("application/problem+json").body("status", is(404));
            as(Tokens.ADMIN).get("/api/v1/counties/8x/municipalities").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("cc"));
        }

        @Test
        @DisplayName("municipalities sort in Swedish order: Ö after Z")
        void shouldSortSwedish() {
            as(Tokens.COORDINATOR_01).queryParam("size", 200).get("/api/v1/counties/01/municipalities")
                    .then().statusCode(200)
                    .body("totalItems", is(26))
                    .body("items[-1].name", equalTo("Österåker"));
        }
    }

    @ParameterizedTest(name = "{0} reads the counties and Kalmar län's municipalities")
    @ValueSource(strings = { Tokens.COORDINATOR_01, Tokens.COORDINATOR_08, Tokens.COORDINATOR_10,
            Tokens.COORDINATOR_0810, Tokens.MEMBER_08, Tokens.IMPORTER_08, Tokens.ANALYST, Tokens.ADMIN })
    @DisplayName("every persona of the demo realm reads reference data")
    void shouldLetEveryPersonaReadReferenceData(String persona) {
        as(persona).get("/api/v1/counties").then().statusCode(200).body("totalItems", is(21));
        as(persona).get("/api/v1/counties/08").then().statusCode(200).body("name", equalTo("Kalmar län"));
        as(persona).get("/api/v1/counties/08/municipalities").then().statusCode(200)
                .body("totalItems", is(12))
                .body("items.name", hasItems("Kalmar", "Borgholm", "Mörbylånga"));
    }

    @Test
    @DisplayName("size above 200 or a page that is no number is 400 naming the parameter")
    void shouldRefuseBadPaging() {
        as(Tokens.ANALYST).queryParam("size", 201).get("/api/v1/counties")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        as(Tokens.ANALYST).queryParam("page", "first").get("/api/v1/counties/08/municipalities")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    @DisplayName("GET /counties without a token is 401")
    void shouldRequireToken() {
        given().get("/api/v1/counties").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/counties/08/municipalities").then().statusCode(401);
    }
}
