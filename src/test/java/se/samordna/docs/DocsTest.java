package se.samordna.docs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samordna.testing.Fixtures;

/** The problem type URIs resolve: the API serves the project's documentation, each problem type a section of it. */
@QuarkusTest
class DocsTest {

    @Test
    @DisplayName("The type of a real problem answer, dereferenced without a token, is a page with that type's section")
    void problemTypeOfAnAnswerResolves() {
        String type = given().get(Fixtures.API + "/me").then().statusCode(401).extract().path("type");
        URI uri = URI.create(type);
        assertEquals("unauthorized", uri.getFragment());
        // RestAssured asks on the test port: the type names the server that answered
        given().baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort())
                .get(uri.getRawPath())
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"unauthorized\""));
    }

    @Test
    @DisplayName("Every problem type that docs/problems.md documents has its anchor on the served page")
    void everyDocumentedTypeHasAnAnchor() {
        String page = given().get(Fixtures.API + "/docs/problems").then().statusCode(200).extract().asString();
        assertTrue(Fixtures.documentedProblemTypes().size() >= 10, "problems.md documents the types");
        for (String type : Fixtures.documentedProblemTypes()) {
            assertTrue(page.contains("id=\"" + type + "\""), "the page has the section " + type);
        }
    }

    @Test
    @DisplayName("The guide is served at /docs, Swedish text intact, and links between pages work with their .md names")
    void guideIsServed() {
        String guide = given().get(Fixtures.API + "/docs").then().statusCode(200)
                .contentType(containsString("charset=UTF-8"))
                .body(containsString("Samordna guide"))
                .body(containsString("Kalmar län"))
                .body(containsString("href=\"problems.md#no-linked-contact\""))
                .extract().asString();
        assertTrue(guide.startsWith("<!DOCTYPE html>"));
        given().get(Fixtures.API + "/docs/problems.md").then().statusCode(200).body(containsString("id=\"validation\""));
    }

    @ParameterizedTest(name = "GET /docs/{0} is a 404 problem")
    @ValueSource(strings = { "nothing-here", "..%2Fpom.xml", "%2E%2E", "Guide", "guide.txt", "application.properties" })
    @DisplayName("A page the documentation does not have, or a name that is not a page name, is a 404 problem")
    void unknownPagesAre404(String page) {
        given().urlEncodingEnabled(false).get(Fixtures.API + "/docs/" + page)
                .then().statusCode(404)
                .contentType(Fixtures.PROBLEM_JSON)
                .body(not(containsString("<project")));
    }
}
