package se.samordna.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static se.samordna.testing.Fixtures.API;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every connection of the API's pool is set to when it is opened (application.properties,
 * {@code quarkus.datasource.jdbc.new-connection-sql}), read through the pool itself.
 */
@QuarkusTest
@DisplayName("The API's pooled connections")
class ConnectionSettingsTest {

    @Test
    @DisplayName("plan a prepared statement once and reuse its plan, so that a page is not planned at every request")
    void shouldReuseThePlanOfAPreparedStatement() {
        given().get(API + "/test-only/database/setting/plan_cache_mode").then().statusCode(200)
                .body(is("force_generic_plan"));
    }

    @Test
    @DisplayName("cut a statement after the statement timeout")
    void shouldCutSlowStatements() {
        given().get(API + "/test-only/database/setting/statement_timeout").then().statusCode(200).body(is("5s"));
    }
}
