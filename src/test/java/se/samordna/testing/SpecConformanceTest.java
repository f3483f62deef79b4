package se.samordna.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The validator of every answer against the spec finds what it is there to find (no server needed). */
class SpecConformanceTest {

    private static final String ORGANISATION = "/api/v1/counties/08/organisations/3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11";
    private static final String VALID = """
            {"id": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "countyCode": "08", "name": "Kalmar kommun",
             "type": "MUNICIPALITY", "municipalityCode": null, "municipalityName": null, "organisationNumber": null,
             "version": 0, "createdAt": "2026-11-30T10:00:00Z", "createdBy": "a", "updatedAt": "2026-11-30T10:00:00Z",
             "updatedBy": "a"}""";

    private static Response answer(int status, String contentType, String body, String... headers) {
        // every answer of the API carries its request's id
        ResponseBuilder builder = new ResponseBuilder().setStatusCode(status).setContentType(contentType).setBody(body)
                .setHeader("X-Request-Id", "5b0e7c1a-3f2d-4e8b-9a61-0c4d2f7e8b93");
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    private static List<String> check(String method, String path, Response response) {
        return SpecConformance.instance().check(method, path, response);
    }

    @Test
    @DisplayName("A GET of an organisation as the API answers it conforms, nulls included")
    void conformingAnswer() {
        assertEquals(List.of(), check("GET", ORGANISATION, answer(200, "application/json", VALID, "ETag", "\"0\"")));
    }

    @Test
    @DisplayName("A status the operation does not list is a fault")
    void undeclaredStatus() {
        assertTrue(check("GET", ORGANISATION, answer(418, "application/json", "{}")).get(0).contains("418"));
    }

    @Test
    @DisplayName("A field of the wrong type, or a value outside its enum, is a fault naming the field")
    void wrongBody() {
        List<String> faults = check("GET", ORGANISATION, answer(200, "application/json",
                VALID.replace("\"MUNICIPALITY\"", "\"CASTLE\"").replace("\"version\": 0", "\"version\": \"0\""), "ETag", "\"0\""));
        assertTrue(faults.stream().anyMatch(f -> f.contains("/type")), faults.toString());
        assertTrue(faults.stream().anyMatch(f -> f.contains("/version")), faults.toString());
    }

    @Test
    @DisplayName("A response header the answer does not declare (Location on a GET) is a fault")
    void undeclaredHeader() {
        List<String> faults = check("GET", ORGANISATION, answer(200, "application/json", VALID, "ETag", "\"0\"",
                "Location", "http://localhost/x"));
        assertEquals(List.of("header Location is sent but not declared"), faults);
    }

    @Test
    @DisplayName("A media type the answer does not declare is a fault; a path the spec has not is not checked")
    void mediaTypesAndUnknownPaths() {
        assertTrue(check("GET", ORGANISATION, answer(200, "text/html", "<p>hej</p>")).get(0).contains("text/html"));
        assertEquals(List.of(), check("GET", "/realms/samordna/protocol/openid-connect/certs", answer(200, "text/html", "x")));
    }

    @Test
    @DisplayName("An answer without its X-Request-Id (declared required on every response) is a fault")
    void missingRequestId() {
        Response response = new ResponseBuilder().setStatusCode(200).setContentType("application/json").setBody(VALID)
                .setHeader("ETag", "\"0\"").build();
        assertEquals(List.of("required header X-Request-Id is missing"), check("GET", ORGANISATION, response));
    }
}
