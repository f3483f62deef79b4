package se.samordna.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

@QuarkusTest
class MeResourceTest {

    private static final String ME = "/api/v1/me";

    @Nested
    @DisplayName("As coordinator of Kalmar and Blekinge (coordinator-0810)")
    class AsCoordinatorOfTwoCounties {

        @Test
        @DisplayName("GET /me names the user, the client and both counties with their names, coordinator in each")
        void shouldShowBothCounties() {
            as(Tokens.COORDINATOR_0810).get(ME)
                    .then().statusCode(200)
                    .contentType("application/json")
                    .body("subject", not(emptyOrNullString()))
                    .body("username", equalTo("coordinator-0810"))
                    .body("name", equalTo("Mårten Bäckström"))
                    .body("client", equalTo("samordna-cli"))
                    .body("roles", containsInAnyOrder("county-08-coordinator", "county-10-coordinator"))
                    .body("nationalAnalyst", is(false))
                    .body("admin", is(false))
                    .body("counties.size()", is(2))
                    .body("counties[0].countyCode", equalTo("08"))
                    .body("counties[0].countyName", equalTo("Kalmar län"))
                    .body("counties[0].roles", contains("COORDINATOR"))
                    .body("counties[1].countyCode", equalTo("10"))
                    .body("counties[1].countyName", equalTo("Blekinge län"))
                    .body("counties[1].roles", contains("COORDINATOR"));
        }
    }

    @Nested
    @DisplayName("As coordinators of one county")
    class AsCoordinatorOfOneCounty {

        @Test
        @DisplayName("GET /me as coordinator-08 shows only Kalmar län, as coordinator")
        void shouldShowKalmarOnly() {
            as(Tokens.COORDINATOR_08).get(ME)
                    .then().statusCode(200)
                    .body("username", equalTo("coordinator-08"))
                    .body("client", equalTo("samordna-cli"))
                    .body("roles", contains("county-08-coordinator"))
                    .body("counties.size()", is(1))
                    .body("counties[0].countyCode", equalTo("08"))
                    .body("counties[0].countyName", equalTo("Kalmar län"))
                    .body("counties[0].roles", contains("COORDINATOR"));
        }

        @Test
        @DisplayName("GET /me as coordinator-10 shows only Blekinge län, as coordinator")
        void shouldShowBlekingeOnly() {
            as(Tokens.COORDINATOR_10).get(ME)
                    .then().statusCode(200)
                    .body("username", equalTo("coordinator-10"))
                    .body("roles", contains("county-10-coordinator"))
                    .body("counties.size()", is(1))
                    .body("counties[0].countyCode", equalTo("10"))
                    .body("counties[0].countyName", equalTo("Blekinge län"))
                    .body("counties[0].roles", contains("COORDINATOR"));
        }

        @Test
        @DisplayName("GET /me as coordinator-01 shows only Stockholms län, as coordinator")
        void shouldShowStockholmOnly() {
            as(Tokens.COORDINATOR_01).get(ME)
                    .then().statusCode(200)
                    .body("username", equalTo("coordinator-01"))
                    .body("roles", contains("county-01-coordinator"))
                    .body("counties.size()", is(1))
                    .body("counties[0].countyCode", equalTo("01"))
                    .body("counties[0].countyName", equalTo("Stockholms län"))
                    .body("counties[0].roles", contains("COORDINATOR"));
        }

        @Test
        @DisplayName("two users get two different subjects")
        void shouldTellUsersApart() {
            String one = as(Tokens.COORDINATOR_08).get(ME).then().statusCode(200).extract().path("subject");
            String other = as(Tokens.COORDINATOR_10).get(ME).then().statusCode(200).extract().path("subject");
            assertNotEquals(one, other);
        }
    }

    @Nested
    @DisplayName("As members of Kalmar")
    class AsMemberOfKalmar {

        @Test
        @DisplayName("GET /me as member-08 shows Kalmar län as member")
        void shouldShowMember() {
            as(Tokens.MEMBER_08).get(ME)
                    .then().statusCode(200)
                    .body("subject", not(emptyOrNullString()))
                    .body("username", equalTo("member-08"))
                    .body("name", equalTo("Lena Sjöberg"))
                    .body("client", equalTo("samordna-cli"))
                    .body("roles", contains("county-08-member"))
                    .body("nationalAnalyst", is(false))
                    .body("admin", is(false))
                    .body("counties.size()", is(1))
                    .body("counties[0].countyCode", equalTo("08"))
                    .body("counties[0].countyName", equalTo("Kalmar län"))
                    .body("counties[0].roles", contains("MEMBER"))
                    .body("counties[0].contact.contactId", equalTo(Fixtures.linkedContactOf(Tokens.MEMBER_08)))
                    .body("counties[0].contact.contactName", equalTo("Maja Medlem"))
                    .body("counties[0].contact.organisationId",
                            equalTo(Fixtures.linkedOrganisationOf(Tokens.MEMBER_08)))
                    .body("counties[0].contact.organisationName",
                            equalTo("Kalmar kommun (testorganisation för member-08)"));
        }

        @Test
        @DisplayName("GET /me as member2-08 shows Kalmar län as member, acting as a contact of another organisation")
        void shouldShowSecondMember() {
            as(Tokens.MEMBER2_08).get(ME)
                    .then().statusCode(200)
                    .body("username", equalTo("member2-08"))
                    .body("counties[0].countyCode", equalTo("08"))
                    .body("counties[0].roles", contains("MEMBER"))
                    .body("counties[0].contact.contactId", equalTo(Fixtures.linkedContactOf(Tokens.MEMBER2_08)))
                    .body("counties[0].contact.organisationId",
                            equalTo(Fixtures.linkedOrganisationOf(Tokens.MEMBER2_08)))
                    .body("counties[0].contact.organisationName",
                            equalTo("Nybro kommun (testorganisation för member2-08)"));
        }

        @Test
        @DisplayName("GET /me as coordinator-0810 after a link in Blekinge shows that contact there and none in Kalmar")
        void shouldShowLinkPerCounty() {
            String marker = Fixtures.marker();
            String organisation = Fixtures.createOrganisation("10", "Ronneby kommun " + marker);
            String contact = Fixtures.create("10", "contacts", Fixtures.body("name", "Åsa Lindqvist " + marker,
                    "organisationId", organisation, "loginUsername", "coordinator-0810"));
            try {
                as(Tokens.COORDINATOR_0810).get(ME).then().statusCode(200)
                        .body("counties.countyCode", contains("08", "10"))
                        .body("counties[0].contact", nullValue())
                        .body("counties[1].contact.contactId", equalTo(contact))
                        .body("counties[1].contact.organisationName", equalTo("Ronneby kommun " + marker));
            } finally {
                // the link is unique per county: free it for the next run on the same database
                as(Tokens.COORDINATOR_10).header("If-Match", "*").delete(Fixtures.API + "/counties/10/contacts/" + contact)
                        .then().statusCode(204);
            }
        }
    }

    @Nested
    @DisplayName("As the Kalmar import service account (importer-08)")
    class AsImporterOfKalmar {

        @Test
        @DisplayName("GET /me names the client importer-08 and Kalmar län as importer")
        void shouldShowImporter() {
            as(Tokens.IMPORTER_08).get(ME)
                    .then().statusCode(200)
                    .body("subject", not(emptyOrNullString()))
                    .body("username", equalTo("service-account-importer-08"))
                    .body("client", equalTo("importer-08"))
                    .body("roles", contains("county-08-importer"))
                    .body("nationalAnalyst", is(false))
                    .body("admin", is(false))
                    .body("counties.size()", is(1))
                    .body("counties[0].countyCode", equalTo("08"))
                    .body("counties[0].countyName", equalTo("Kalmar län"))
                    .body("counties[0].roles", contains("IMPORTER"));
        }
    }

    @Nested
    @DisplayName("As the national analyst")
    class AsNationalAnalyst {

        @Test
        @DisplayName("GET /me says national analyst, no admin, and no county")
        void shouldShowAnalystWithoutCounties() {
            as(Tokens.ANALYST).get(ME)
                    .then().statusCode(200)
                    .body("subject", not(emptyOrNullString()))
                    .body("username", equalTo("analyst"))
                    .body("client", equalTo("samordna-cli"))
                    .body("roles", contains("national-analyst"))
                    .body("nationalAnalyst", is(true))
                    .body("admin", is(false))
                    .body("counties", empty());
        }
    }

    @Nested
    @DisplayName("As the operator (admin)")
    class AsAdmin {

        @Test
        @DisplayName("GET /me says admin, not national analyst, and no county")
        void shouldShowAdminWithoutCounties() {
            as(Tokens.ADMIN).get(ME)
                    .then().statusCode(200)
                    .body("subject", not(emptyOrNullString()))
                    .body("username", equalTo("admin"))
                    .body("client", equalTo("samordna-cli"))
                    .body("roles", contains("admin"))
                    .body("admin", is(true))
                    .body("nationalAnalyst", is(false))
                    .body("counties", empty());
        }
    }

    @Nested
    @DisplayName("Without a valid token")
    class WithoutValidToken {

        @Test
        @DisplayName("GET /me without a token is 401 problem+json with a Bearer challenge")
        void shouldRefuseWithoutToken() {
            given().get(ME)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", is(401))
                    .body("type", equalTo(Fixtures.problemType("unauthorized")))
                    .body("subject", is((Object) null));
        }

        @Test
        @DisplayName("GET /me with a token that is no JWT is 401 problem+json with a Bearer challenge")
        void shouldRefuseGarbageToken() {
            given().auth().oauth2("this-is-not-a-token")
                    .get(ME)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", is(401))
                    .body("subject", is((Object) null));
        }

        @Test
        @DisplayName("GET /me with a Basic authorization instead of a bearer token is 401")
        void shouldRefuseBasicAuth() {
            given().auth().preemptive().basic("coordinator-08", "demo")
                    .get(ME)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("subject", is((Object) null));
        }
    }
}
