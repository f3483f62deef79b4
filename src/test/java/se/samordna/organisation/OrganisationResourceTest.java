package se.samordna.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.assertSameAsUnknown;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.count;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.read;
import static se.samordna.testing.Fixtures.subjectOf;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Operation;
import se.samordna.testing.Tokens;

@QuarkusTest
@DisplayName("Organisations")
class OrganisationResourceTest {

    static final String KALMAR = "/counties/08/organisations";
    static final String BLEKINGE = "/counties/10/organisations";
    static final String KALMAR_ORGANISATION = "a Kalmar organisation";
    static final String BLEKINGE_ORGANISATION = "a Blekinge organisation";
    static final String SOURCES = "se.samordna.organisation.OrganisationResourceTest#";

    /** A Kalmar organisation made afresh for every test, at version 0. */
    String kalmarId;
    String kalmarName;

    @BeforeEach
    void createKalmarOrganisation() {
        kalmarName = "Brottsförebyggande rådet " + marker();
        kalmarId = createOrganisation("08",
                body("name", kalmarName, "type", "LOCAL_COUNCIL", "municipalityCode", "0880"));
    }

    static String one(String collection, String id) {
        return API + collection + "/" + id;
    }

    /** A valid write, naming a new organisation. */
    static Map<String, Object> validWrite() {
        return body("name", "Trygghetsrådet " + marker(), "type", "CIVIL_SOCIETY");
    }

    /** The Kalmar organisation is as created, and the county holds as many organisations as before. */
    void assertKalmarUntouched(long countBefore) {
        read("08", "organisations", kalmarId).then()
                .header("ETag", "\"0\"")
                .body("name", equalTo(kalmarName))
                .body("type", equalTo("LOCAL_COUNCIL"))
                .body("municipalityCode", equalTo("0880"));
        assertEquals(countBefore, count("08", "organisations"), "the number of Kalmar organisations changed");
    }

    void assertForbiddenInKalmar(String user, Operation operation) {
        long before = count("08", "organisations");
        operation.call(as(user), KALMAR, kalmarId, validWrite()).then().spec(problem(403));
        assertKalmarUntouched(before);
    }

    void assertKalmarOrganisationUnknownInBlekinge(String user, Operation operation) {
        long before = count("08", "organisations");
        String unknownId = UUID.randomUUID().toString();
        Response forKalmar = operation.call(as(user), BLEKINGE, kalmarId, validWrite());
        Response forUnknown = operation.call(as(user), BLEKINGE, unknownId, validWrite());
        assertSameAsUnknown(forKalmar, kalmarId, forUnknown, unknownId);
        assertKalmarUntouched(before);
    }

    static Stream<Named<Operation>> everyOperationInKalmar() {
        return Operation.named(KALMAR, KALMAR_ORGANISATION);
    }

    static Stream<Named<Operation>> everyOperationInBlekinge() {
        return Operation.named(BLEKINGE, BLEKINGE_ORGANISATION);
    }

    static Stream<Named<Operation>> kalmarObjectUnderBlekinge() {
        return Operation.named(BLEKINGE, KALMAR_ORGANISATION, Operation.GET, Operation.REPLACE, Operation.PATCH,
                Operation.DELETE, Operation.HISTORY);
    }

    static Stream<Named<Operation>> readsInKalmar() {
        return Operation.named(KALMAR, KALMAR_ORGANISATION, Operation.LIST, Operation.GET);
    }

    static Stream<Named<Operation>> writesAndHistoryInKalmar() {
        return Operation.named(KALMAR, KALMAR_ORGANISATION, Operation.CREATE, Operation.REPLACE, Operation.PATCH,
                Operation.DELETE, Operation.HISTORY);
    }

    static Stream<Named<Operation>> readsAndHistoryInKalmar() {
        return Operation.named(KALMAR, KALMAR_ORGANISATION, Operation.LIST, Operation.GET, Operation.HISTORY);
    }

    static Stream<Named<Operation>> writesInKalmar() {
        return Operation.named(KALMAR, KALMAR_ORGANISATION, Operation.CREATE, Operation.REPLACE, Operation.PATCH,
                Operation.DELETE);
    }

    static Stream<Named<Operation>> versionedInKalmar() {
        return Operation.named(KALMAR, KALMAR_ORGANISATION, Operation.REPLACE, Operation.PATCH, Operation.DELETE);
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldAllowEveryOperation(Operation operation) {
            operation.assertSucceeded(operation.call(as(Tokens.COORDINATOR_08), KALMAR, kalmarId, validWrite()),
                    kalmarId);
        }

        @Test
        @DisplayName("POST /counties/08/organisations returns 201, ETag \"0\" and a Location that GETs it")
        void shouldCreate() {
            String name = "Polisområde Kalmar län " + marker();
            Response created = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", name, "type", "POLICE", "municipalityCode", "0880",
                            "organisationNumber", "2021000076"))
                    .post(API + KALMAR);
            created.then().statusCode(201)
                    .contentType(ContentType.JSON)
                    .header("ETag", "\"0\"")
                    .body("id", notNullValue())
                    .body("countyCode", equalTo("08"))
                    .body("name", equalTo(name))
                    .body("type", equalTo("POLICE"))
                    .body("municipalityCode", equalTo("0880"))
                    .body("municipalityName", equalTo("Kalmar"))
                    .body("organisationNumber", equalTo("202100-0076"))
                    .body("version", is(0))
                    .body("createdBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("updatedBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("createdAt", notNullValue());
            String id = created.path("id");
            String location = created.header("Location");
            assertTrue(location.endsWith(API + KALMAR + "/" + id), "Location " + location + " does not name " + id);
            assertEquals(created.<String>path("createdAt"), created.<String>path("updatedAt"));

            as(Tokens.COORDINATOR_08).get(location).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(id))
                    .body("name", equalTo(name));
        }

        @Test
        @DisplayName("GET /counties/08/organisations/{id} returns it with its version as ETag")
        void shouldGet() {
            as(Tokens.COORDINATOR_08).get(one(KALMAR, kalmarId)).then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(kalmarId))
                    .body("countyCode", equalTo("08"))
                    .body("name", equalTo(kalmarName))
                    .body("type", equalTo("LOCAL_COUNCIL"))
                    .body("municipalityName", equalTo("Kalmar"))
                    .body("organisationNumber", nullValue())
                    .body("version", is(0));
        }

        @Test
        @DisplayName("PUT with the current If-Match replaces every field and answers ETag \"1\" and a later updatedAt")
        void shouldReplace() {
            Response before = read("08", "organisations", kalmarId);
            String name = "Kalmar kommun " + marker();
            Response replaced = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("name", name, "type", "MUNICIPALITY", "organisationNumber", "212000-0829"))
                    .put(one(KALMAR, kalmarId));
            replaced.then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("version", is(1))
                    .body("name", equalTo(name))
                    .body("type", equalTo("MUNICIPALITY"))
                    .body("municipalityCode", nullValue())
                    .body("municipalityName", nullValue())
                    .body("organisationNumber", equalTo("212000-0829"))
                    .body("createdAt", equalTo(before.path("createdAt")))
                    .body("createdBy", equalTo(before.path("createdBy")));
            assertTrue(Instant.parse(replaced.path("updatedAt")).isAfter(Instant.parse(before.path("updatedAt"))),
                    "updatedAt did not move on");

            Response after = read("08", "organisations", kalmarId);
            after.then().header("ETag", "\"1\"");
            assertEquals(replaced.as(Map.class), after.as(Map.class), "PUT answered other than a later GET reads");
        }

        @Test
        @DisplayName("PATCH (merge patch) with the current If-Match changes only the fields sent; null removes one")
        void shouldMergePatch() {
            String name = "Brottsförebyggande rådet i Mörbylånga – Öland " + marker();
            mergePatch(as(Tokens.COORDINATOR_08), body("name", name)).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, kalmarId))
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("name", equalTo(name))
                    .body("type", equalTo("LOCAL_COUNCIL"))
                    .body("municipalityCode", equalTo("0880"));

            mergePatch(as(Tokens.COORDINATOR_08), body("municipalityCode", null)).header("If-Match", "\"1\"")
                    .patch(one(KALMAR, kalmarId))
                    .then().statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("name", equalTo(name))
                    .body("municipalityCode", nullValue())
                    .body("municipalityName", nullValue());

            read("08", "organisations", kalmarId).then()
                    .header("ETag", "\"2\"").body("name", equalTo(name)).body("municipalityCode", nullValue());
        }

        @Test
        @DisplayName("DELETE with the current If-Match removes it: GET is 404 and the list no longer has it")
        void shouldDelete() {
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(KALMAR, kalmarId))
                    .then().statusCode(204);

            as(Tokens.COORDINATOR_08).get(one(KALMAR, kalmarId)).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).queryParam("q", kalmarName).get(API + KALMAR).then().statusCode(200)
                    .body("totalItems", is(0)).body("items", empty());
        }

        @Test
        @DisplayName("PUT of the values it has answers 200 with ETag \"0\": no new version, no history entry")
        void shouldNotVersionUnchangedReplace() {
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("name", kalmarName, "type", "LOCAL_COUNCIL", "municipalityCode", "0880"))
                    .put(one(KALMAR, kalmarId))
                    .then().statusCode(200).header("ETag", "\"0\"").body("version", is(0));
            as(Tokens.COORDINATOR_08).get(one(KALMAR, kalmarId) + "/history").then().statusCode(200)
                    .body("totalItems", is(1)).body("items.action", contains("CREATED"));
        }

        @ParameterizedTest(name = "{0} without If-Match returns 428 and changes nothing")
        @MethodSource(SOURCES + "versionedInKalmar")
        void shouldRequireIfMatch(Operation operation) {
            long before = count("08", "organisations");
            operation.call(as(Tokens.COORDINATOR_08), KALMAR, kalmarId, validWrite(), null)
                    .then().spec(problem(428));
            assertKalmarUntouched(before);
        }

        @ParameterizedTest(name = "{0} with a stale If-Match \"7\" returns 412 and changes nothing")
        @MethodSource(SOURCES + "versionedInKalmar")
        void shouldRefuseStaleIfMatch(Operation operation) {
            long before = count("08", "organisations");
            operation.call(as(Tokens.COORDINATOR_08), KALMAR, kalmarId, validWrite(), "\"7\"")
                    .then().spec(problem(412));
            assertKalmarUntouched(before);
        }

        @ParameterizedTest(name = "{0} with the version read before someone else's update returns 412")
        @MethodSource(SOURCES + "versionedInKalmar")
        void shouldRefuseVersionBeforeUpdate(Operation operation) {
            String updated = "Uppdaterat namn " + marker();
            mergePatch(as(Tokens.COORDINATOR_0810), body("name", updated)).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, kalmarId)).then().statusCode(200).header("ETag", "\"1\"");

            operation.call(as(Tokens.COORDINATOR_08), KALMAR, kalmarId, validWrite(), "\"0\"")
                    .then().spec(problem(412));

            read("08", "organisations", kalmarId).then()
                    .header("ETag", "\"1\"").body("name", equalTo(updated)).body("type", equalTo("LOCAL_COUNCIL"));
        }

        @Test
        @DisplayName("PUT with an If-Match that is no ETag (abc) returns 400 naming If-Match")
        void shouldRefuseMalformedIfMatch() {
            long before = count("08", "organisations");
            Operation.REPLACE.call(as(Tokens.COORDINATOR_08), KALMAR, kalmarId, validWrite(), "abc")
                    .then().spec(problem(400)).body("errors.field", contains("If-Match"));
            assertKalmarUntouched(before);
        }

        @Test
        @DisplayName("GET /counties/08/organisations/{unknown id} and its history return 404 problem")
        void shouldNotGetUnknown() {
            String unknown = UUID.randomUUID().toString();
            as(Tokens.COORDINATOR_08).get(one(KALMAR, unknown)).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).get(one(KALMAR, unknown) + "/history").then().spec(problem(404));
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource(SOURCES + "blekingeObjectUnderKalmar")
        void shouldNotFindBlekingeOrganisation(Operation operation) {
            String blekingeName = "Karlskrona kommun " + marker();
            String blekingeId = createOrganisation("10",
                    body("name", blekingeName, "type", "MUNICIPALITY", "municipalityCode", "1080"));
            String unknownId = UUID.randomUUID().toString();

            Response forBlekinge = operation.call(as(Tokens.COORDINATOR_08), KALMAR, blekingeId, validWrite());
            Response forUnknown = operation.call(as(Tokens.COORDINATOR_08), KALMAR, unknownId, validWrite());

            assertSameAsUnknown(forBlekinge, blekingeId, forUnknown, unknownId);
            read("10", "organisations", blekingeId).then()
                    .header("ETag", "\"0\"").body("name", equalTo(blekingeName));
        }

        @Test
        @DisplayName("Swedish text round-trips exactly: Föreningen Trygg i Växjö – Ängsö")
        void shouldKeepSwedishText() {
            String name = "Föreningen Trygg i Växjö – Ängsö " + marker();
            String id = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", name, "type", "CIVIL_SOCIETY"))
                    .post(API + KALMAR)
                    .then().statusCode(201).body("name", equalTo(name))
                    .extract().path("id");

            as(Tokens.COORDINATOR_08).get(one(KALMAR, id)).then().statusCode(200).body("name", equalTo(name));
            as(Tokens.MEMBER_08).queryParam("q", name).get(API + KALMAR).then().statusCode(200)
                    .body("items.name", contains(name));

            String renamed = "Ölands Brottsförebyggande Råd – Åkerby & Ödeshög " + marker();
            mergePatch(as(Tokens.COORDINATOR_08), body("name", renamed)).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, id))
                    .then().statusCode(200).body("name", equalTo(renamed));
            as(Tokens.COORDINATOR_08).get(one(KALMAR, id)).then().statusCode(200).body("name", equalTo(renamed));
        }

        @Test
        @DisplayName("an organisation number is accepted with or without hyphen and answered NNNNNN-NNNN")
        void shouldNormaliseOrganisationNumber() {
            // Kalmar kommun and Polismyndigheten: the Luhn check digit of the first nine digits is the tenth
            assertEquals(9, Fixtures.luhnCheckDigit("212000082"));
            assertEquals(6, Fixtures.luhnCheckDigit("202100007"));

            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", "Kalmar kommun " + marker(), "type", "MUNICIPALITY",
                            "municipalityCode", "0880", "organisationNumber", "2120000829"))
                    .post(API + KALMAR)
                    .then().statusCode(201)
                    .body("organisationNumber", equalTo("212000-0829"))
                    .body("municipalityName", equalTo("Kalmar"));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", "Polismyndigheten " + marker(), "type", "POLICE",
                            "organisationNumber", "202100-0076"))
                    .post(API + KALMAR)
                    .then().statusCode(201)
                    .body("organisationNumber", equalTo("202100-0076"));
        }

        @Test
        @DisplayName("DELETE of an organisation a contact refers to returns 409 and the organisation stays")
        void shouldRefuseDeletingReferencedOrganisation() {
            String contactId = createContact("08", body("name", "Karin Åberg " + marker(), "organisationId", kalmarId));
            long before = count("08", "organisations");

            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(KALMAR, kalmarId))
                    .then().spec(problem(409));

            assertKalmarUntouched(before);
            read("08", "contacts", contactId).then().body("organisationId", equalTo(kalmarId));
        }

        @Test
        @DisplayName("DELETE of an organisation whose only contact was erased returns 204")
        void shouldDeleteOrganisationOfErasedContact() {
            String contactId = createContact("08", body("name", "Karin Åberg " + marker(), "organisationId", kalmarId));
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(API + "/counties/08/contacts/" + contactId)
                    .then().statusCode(204);

            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(KALMAR, kalmarId))
                    .then().statusCode(204);
            as(Tokens.COORDINATOR_08).get(one(KALMAR, kalmarId)).then().spec(problem(404));
        }

        @Test
        @DisplayName("GET …/{id}/history shows CREATED, UPDATED and DELETED in order, with actors and versions")
        void shouldKeepHistory() {
            String renamed = "Omdöpt råd " + marker();
            mergePatch(as(Tokens.COORDINATOR_0810), body("name", renamed)).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, kalmarId)).then().statusCode(200);
            as(Tokens.COORDINATOR_08).header("If-Match", "\"1\"").delete(one(KALMAR, kalmarId))
                    .then().statusCode(204);

            String coordinator08 = subjectOf(Tokens.COORDINATOR_08);
            String coordinator0810 = subjectOf(Tokens.COORDINATOR_0810);
            Response history = as(Tokens.COORDINATOR_08).get(one(KALMAR, kalmarId) + "/history");
            history.then().statusCode(200)
                    .body("totalItems", is(3))
                    .body("items.action", contains("CREATED", "UPDATED", "DELETED"))
                    .body("items.version", contains(0, 1, 2))
                    .body("items.actor.name", contains("coordinator-08", "coordinator-0810", "coordinator-08"))
                    .body("items.actor.subject", contains(coordinator08, coordinator0810, coordinator08))
                    .body("items.resourceId", everyItem(equalTo(kalmarId)))
                    .body("items.resourceType", everyItem(equalTo("organisation")))
                    .body("items.occurredAt", everyItem(notNullValue()))
                    .body("items[0].state.name", equalTo(kalmarName))
                    .body("items[0].state.municipalityCode", equalTo("0880"))
                    .body("items[1].state.name", equalTo(renamed))
                    .body("items[2].state", nullValue());
            assertStrictlyIncreasing(history.jsonPath().getList("items.sequence", Long.class));
        }

        @Test
        @DisplayName("createdBy stays the creator's subject while updatedBy becomes the last writer's")
        void shouldStampWriters() {
            Response before = read("08", "organisations", kalmarId);
            before.then().body("createdBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("updatedBy", equalTo(subjectOf(Tokens.COORDINATOR_08)));

            mergePatch(as(Tokens.COORDINATOR_0810), body("type", "REGION")).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, kalmarId)).then().statusCode(200);

            Response after = read("08", "organisations", kalmarId);
            after.then().body("type", equalTo("REGION"))
                    .body("createdBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("updatedBy", equalTo(subjectOf(Tokens.COORDINATOR_0810)))
                    .body("createdAt", equalTo(before.path("createdAt")));
            assertTrue(Instant.parse(after.path("updatedAt")).isAfter(Instant.parse(before.path("updatedAt"))),
                    "updatedAt did not move on");
        }
    }

    static Stream<Named<Operation>> blekingeObjectUnderKalmar() {
        return Operation.named(KALMAR, BLEKINGE_ORGANISATION, Operation.GET, Operation.REPLACE, Operation.PATCH,
                Operation.DELETE, Operation.HISTORY);
    }

    static void assertStrictlyIncreasing(List<Long> sequence) {
        for (int i = 1; i < sequence.size(); i++) {
            assertTrue(sequence.get(i) > sequence.get(i - 1), "sequence not increasing: " + sequence);
        }
    }

    @Nested
    @DisplayName("With bad input (as coordinator-08)")
    class WithBadInput {

        static Stream<Arguments> badBodies() {
            return Stream.of(
                    arguments(named("\"type\": 5", "{\"name\": \"Förening\", \"type\": 5}"), "type"),
                    arguments(named("\"type\": \"5\"", "{\"name\": \"Förening\", \"type\": \"5\"}"), "type"),
                    arguments(named("\"type\": \"NOPE\"", "{\"name\": \"Förening\", \"type\": \"NOPE\"}"), "type"),
                    arguments(named("no type", "{\"name\": \"Förening\"}"), "type"),
                    arguments(named("an unknown field colour",
                            "{\"name\": \"x\", \"type\": \"OTHER\", \"colour\": \"red\"}"), "colour"),
                    arguments(named("no name", "{\"type\": \"OTHER\"}"), "name"),
                    arguments(named("a blank name", "{\"name\": \"   \", \"type\": \"OTHER\"}"), "name"),
                    arguments(named("a null name", "{\"name\": null, \"type\": \"OTHER\"}"), "name"),
                    arguments(named("a name of 201 characters",
                            "{\"name\": \"" + "Å".repeat(201) + "\", \"type\": \"OTHER\"}"), "name"),
                    arguments(named("a name that is an object", "{\"name\": {\"sv\": \"x\"}, \"type\": \"OTHER\"}"),
                            "name"),
                    arguments(named("a name that is a number", "{\"name\": 5, \"type\": \"OTHER\"}"), "name"),
                    arguments(named("a name that is a boolean", "{\"name\": true, \"type\": \"OTHER\"}"), "name"),
                    arguments(named("organisation number 212000-0828 (wrong check digit)",
                            "{\"name\": \"Kalmar kommun\", \"type\": \"MUNICIPALITY\", \"organisationNumber\": \"212000-0828\"}"),
                            "organisationNumber"),
                    arguments(named("organisation number 21200-00829 (wrong form)",
                            "{\"name\": \"Kalmar kommun\", \"type\": \"MUNICIPALITY\", \"organisationNumber\": \"21200-00829\"}"),
                            "organisationNumber"),
                    arguments(named("municipality code 1080 (Karlskrona, Blekinge)",
                            "{\"name\": \"Karlskrona kommun\", \"type\": \"MUNICIPALITY\", \"municipalityCode\": \"1080\"}"),
                            "municipalityCode"),
                    arguments(named("municipality code 0899 (none)",
                            "{\"name\": \"Ingenstans\", \"type\": \"MUNICIPALITY\", \"municipalityCode\": \"0899\"}"),
                            "municipalityCode"),
                    arguments(named("municipality code 880 (three digits)",
                            "{\"name\": \"Kalmar\", \"type\": \"MUNICIPALITY\", \"municipalityCode\": \"880\"}"),
                            "municipalityCode"));
        }

        static Stream<Arguments> badPatches() {
            return Stream.of(
                    arguments(named("\"type\": 5", "{\"type\": 5}"), "type"),
                    arguments(named("\"type\": \"NOPE\"", "{\"type\": \"NOPE\"}"), "type"),
                    arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"),
                    arguments(named("\"name\": null", "{\"name\": null}"), "name"),
                    arguments(named("a blank name", "{\"name\": \" \"}"), "name"),
                    arguments(named("\"type\": null", "{\"type\": null}"), "type"),
                    arguments(named("organisation number 212000-0828", "{\"organisationNumber\": \"212000-0828\"}"),
                            "organisationNumber"),
                    arguments(named("municipality code 1080 (Blekinge)", "{\"municipalityCode\": \"1080\"}"),
                            "municipalityCode"));
        }

        @ParameterizedTest(name = "POST with {0} returns 400 naming {1} and writes nothing")
        @MethodSource("badBodies")
        void shouldRefuseBadCreate(String json, String field) {
            long before = count("08", "organisations");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(json).post(API + KALMAR)
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertEquals(before, count("08", "organisations"));
        }

        @ParameterizedTest(name = "PUT with {0} returns 400 naming {1} and changes nothing")
        @MethodSource("badBodies")
        void shouldRefuseBadReplace(String json, String field) {
            long before = count("08", "organisations");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(json)
                    .put(one(KALMAR, kalmarId))
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertKalmarUntouched(before);
        }

        @ParameterizedTest(name = "PATCH with {0} returns 400 naming {1} and changes nothing")
        @MethodSource("badPatches")
        void shouldRefuseBadPatch(String json, String field) {
            long before = count("08", "organisations");
            mergePatch(as(Tokens.COORDINATOR_08), json).header("If-Match", "\"0\"").patch(one(KALMAR, kalmarId))
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertKalmarUntouched(before);
        }

        @ParameterizedTest(name = "POST with the body {0} returns 400 and writes nothing")
        @ValueSource(strings = { "{\"name\": \"Förening\", \"type\": ", "{\"name\": \"Förening\" \"type\": \"OTHER\"}",
                "[{\"name\": \"Förening\", \"type\": \"OTHER\"}]", "\"Förening\"", "null", "" })
        void shouldRefuseMalformedCreate(String json) {
            long before = count("08", "organisations");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(json).post(API + KALMAR)
                    .then().spec(problem(400));
            assertEquals(before, count("08", "organisations"));
        }

        @ParameterizedTest(name = "PATCH with the body {0} returns 400 and changes nothing")
        @ValueSource(strings = { "{\"name\": ", "[{\"name\": \"Förening\"}]", "\"Förening\"", "null" })
        void shouldRefuseMalformedPatch(String json) {
            long before = count("08", "organisations");
            mergePatch(as(Tokens.COORDINATOR_08), json).header("If-Match", "\"0\"").patch(one(KALMAR, kalmarId))
                    .then().spec(problem(400));
            assertKalmarUntouched(before);
        }

        @Test
        @DisplayName("POST, PUT and PATCH with Content-Type text/plain return 415 problem and write nothing")
        void shouldRefuseTextPlain() {
            long before = count("08", "organisations");
            String json = Fixtures.toJson(validWrite());
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).body(json).post(API + KALMAR)
                    .then().spec(problem(415));
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).header("If-Match", "\"0\"").body(json)
                    .put(one(KALMAR, kalmarId)).then().spec(problem(415));
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).header("If-Match", "\"0\"").body(json)
                    .patch(one(KALMAR, kalmarId)).then().spec(problem(415));
            assertKalmarUntouched(before);
        }

        @ParameterizedTest(name = "GET /counties/08/organisations?{0} returns 400 naming {1}")
        @MethodSource("badQueries")
        void shouldRefuseBadQuery(String query, String field) {
            as(Tokens.COORDINATOR_08).get(API + KALMAR + "?" + query)
                    .then().spec(problem(400)).body("errors.field", contains(field));
        }

        static Stream<Arguments> badQueries() {
            return Stream.of(
                    arguments("page=abc", "page"),
                    arguments("page=-1", "page"),
                    arguments("size=500", "size"),
                    arguments("size=0", "size"),
                    arguments("size=ten", "size"),
                    arguments("sort=bogus,asc", "sort"),
                    arguments("sort=name,sideways", "sort"),
                    arguments("sort=name,asc,again", "sort"),
                    arguments("type=NOPE", "type"));
        }

        @Test
        @DisplayName("GET …/{id}/history?size=500 returns 400 naming size")
        void shouldRefuseBadHistoryPaging() {
            as(Tokens.COORDINATOR_08).queryParam("size", 500).get(one(KALMAR, kalmarId) + "/history")
                    .then().spec(problem(400)).body("errors.field", contains("size"));
        }
    }

    @Nested
    @DisplayName("Lists (as coordinator-08)")
    class Lists {

        String marker;

        @BeforeEach
        void newMarker() {
            marker = marker();
        }

        @Test
        @DisplayName("GET /counties/08/organisations pages: {items, page, size, totalItems, totalPages}")
        void shouldPage() {
            for (String name : List.of("Cederträ", "Aspen", "Björken")) {
                createOrganisation("08", name + " " + marker);
            }
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 2).get(API + KALMAR)
                    .then().statusCode(200)
                    .body("page", is(0))
                    .body("size", is(2))
                    .body("totalItems", is(3))
                    .body("totalPages", is(2))
                    .body("items.name", contains("Aspen " + marker, "Björken " + marker));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 2).queryParam("page", 1)
                    .get(API + KALMAR)
                    .then().statusCode(200)
                    .body("page", is(1))
                    .body("totalItems", is(3))
                    .body("items.name", contains("Cederträ " + marker));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).get(API + KALMAR)
                    .then().statusCode(200)
                    .body("page", is(0)).body("size", is(20)).body("totalPages", is(1)).body("items.size()", is(3));
        }

        @Test
        @DisplayName("names sort in Swedish order: A … Z, Å, Ä, Ö; sort=name,desc reverses it")
        void shouldSortSwedish() {
            for (String name : List.of("Ödeshögs trygghetsråd", "Zetterbergs förening", "Ärla byalag", "Alsterbro IF",
                    "Åby samfällighet")) {
                createOrganisation("08", name + " " + marker);
            }
            List<String> swedish = List.of("Alsterbro IF " + marker, "Zetterbergs förening " + marker,
                    "Åby samfällighet " + marker, "Ärla byalag " + marker, "Ödeshögs trygghetsråd " + marker);

            as(Tokens.COORDINATOR_08).queryParam("q", marker).get(API + KALMAR)
                    .then().statusCode(200).body("items.name", contains(swedish.toArray()));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", "name,asc").get(API + KALMAR)
                    .then().statusCode(200).body("items.name", contains(swedish.toArray()));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", "name,desc").get(API + KALMAR)
                    .then().statusCode(200).body("items.name", contains(swedish.reversed().toArray()));
        }

        @Test
        @DisplayName("?type=POLICE lists only police")
        void shouldFilterByType() {
            String police = createOrganisation("08", body("name", "Lokalpolisområde Kalmar " + marker, "type", "POLICE"));
            createOrganisation("08", body("name", "Nattvandrarna " + marker, "type", "CIVIL_SOCIETY"));

            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("type", "POLICE").get(API + KALMAR)
                    .then().statusCode(200)
                    .body("totalItems", is(1))
                    .body("items.id", contains(police))
                    .body("items.type", contains("POLICE"));
        }

        @Test
        @DisplayName("?municipalityCode=0882 lists only those of Oskarshamn")
        void shouldFilterByMunicipality() {
            createOrganisation("08", body("name", "Kalmar trygghetsråd " + marker, "type", "LOCAL_COUNCIL",
                    "municipalityCode", "0880"));
            String oskarshamn = createOrganisation("08", body("name", "Oskarshamns trygghetsråd " + marker,
                    "type", "LOCAL_COUNCIL", "municipalityCode", "0882"));

            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("municipalityCode", "0882").get(API + KALMAR)
                    .then().statusCode(200)
                    .body("totalItems", is(1))
                    .body("items.id", contains(oskarshamn))
                    .body("items.municipalityName", contains("Oskarshamn"));
        }

        @Test
        @DisplayName("?q= is case-insensitive on Swedish text: q=ÖLAND finds Ölands kommunförbund")
        void shouldSearchCaseInsensitively() {
            String name = "Ölands kommunförbund " + marker;
            String id = createOrganisation("08", name);

            as(Tokens.COORDINATOR_08).queryParam("q", name.toUpperCase(Locale.ROOT)).get(API + KALMAR)
                    .then().statusCode(200).body("items.id", contains(id)).body("items.name", contains(name));
            as(Tokens.COORDINATOR_08).queryParam("q", "ÖLAND").queryParam("size", 200).get(API + KALMAR)
                    .then().statusCode(200).body("items.id", hasItem(id));
            as(Tokens.COORDINATOR_08).queryParam("q", "ölandsbron " + marker).get(API + KALMAR)
                    .then().statusCode(200).body("totalItems", is(0));
        }

        @Test
        @DisplayName("?q= matches the organisation number")
        void shouldSearchOrganisationNumber() {
            String number = Fixtures.uniqueOrganisationNumber();
            String id = createOrganisation("08", body("name", "Trygga Företag AB", "type", "BUSINESS",
                    "organisationNumber", number));

            as(Tokens.COORDINATOR_08).queryParam("q", number).get(API + KALMAR)
                    .then().statusCode(200)
                    .body("totalItems", is(1))
                    .body("items.id", contains(id))
                    .body("items.organisationNumber", contains(number));
        }

        @Test
        @DisplayName("?q= takes % and _ literally")
        void shouldTakeWildcardsLiterally() {
            String literal = createOrganisation("08", marker + " 100% trygg");
            createOrganisation("08", marker + " 1000 trygg");

            as(Tokens.COORDINATOR_08).queryParam("q", marker + " 100%").get(API + KALMAR)
                    .then().statusCode(200).body("items.id", contains(literal));
            as(Tokens.COORDINATOR_08).queryParam("q", marker + " 1_0").get(API + KALMAR)
                    .then().statusCode(200).body("totalItems", is(0));
        }

        @Test
        @DisplayName("GET /counties/10/organisations does not list a Kalmar organisation")
        void shouldListOnlyTheCounty() {
            as(Tokens.COORDINATOR_0810).queryParam("q", kalmarName).get(API + BLEKINGE)
                    .then().statusCode(200).body("totalItems", is(0));
            as(Tokens.COORDINATOR_0810).queryParam("q", kalmarName).get(API + KALMAR)
                    .then().statusCode(200).body("items.id", contains(kalmarId));
        }
    }

    @Nested
    @DisplayName("As coordinator of Blekinge (coordinator-10)")
    class AsCoordinatorOfBlekinge {

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldRefuseKalmar(Operation operation) {
            assertForbiddenInKalmar(Tokens.COORDINATOR_10, operation);
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource(SOURCES + "kalmarObjectUnderBlekinge")
        void shouldNotFindKalmarOrganisation(Operation operation) {
            assertKalmarOrganisationUnknownInBlekinge(Tokens.COORDINATOR_10, operation);
        }

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "everyOperationInBlekinge")
        void shouldAllowBlekinge(Operation operation) {
            String blekingeId = createOrganisation("10", "Ronneby trygghetsråd " + marker());
            operation.assertSucceeded(operation.call(as(Tokens.COORDINATOR_10), BLEKINGE, blekingeId, validWrite()),
                    blekingeId);
        }

        @Test
        @DisplayName("POST /counties/10/organisations with municipality 1080 answers countyCode 10 and Karlskrona")
        void shouldCreateInBlekinge() {
            as(Tokens.COORDINATOR_10).contentType(ContentType.JSON)
                    .body(body("name", "Karlskrona kommun " + marker(), "type", "MUNICIPALITY",
                            "municipalityCode", "1080"))
                    .post(API + BLEKINGE)
                    .then().statusCode(201)
                    .header("Location", containsString(API + BLEKINGE + "/"))
                    .body("countyCode", equalTo("10"))
                    .body("municipalityName", equalTo("Karlskrona"));
        }
    }

    @Nested
    @DisplayName("As coordinator of Stockholm (coordinator-01)")
    class AsCoordinatorOfStockholm {

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldRefuseKalmar(Operation operation) {
            assertForbiddenInKalmar(Tokens.COORDINATOR_01, operation);
        }
    }

    @Nested
    @DisplayName("As coordinator of Kalmar and Blekinge (coordinator-0810)")
    class AsTwoCountyCoordinator {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldAllowKalmar(Operation operation) {
            operation.assertSucceeded(operation.call(as(Tokens.COORDINATOR_0810), KALMAR, kalmarId, validWrite()),
                    kalmarId);
        }

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "everyOperationInBlekinge")
        void shouldAllowBlekinge(Operation operation) {
            String blekingeId = createOrganisation("10", "Sölvesborgs trygghetsråd " + marker());
            operation.assertSucceeded(
                    operation.call(as(Tokens.COORDINATOR_0810), BLEKINGE, blekingeId, validWrite()), blekingeId);
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource(SOURCES + "kalmarObjectUnderBlekinge")
        void shouldNotFindKalmarOrganisationUnderBlekinge(Operation operation) {
            assertKalmarOrganisationUnknownInBlekinge(Tokens.COORDINATOR_0810, operation);
        }
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08)")
    class AsMemberOfKalmar {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "readsInKalmar")
        void shouldAllowReads(Operation operation) {
            operation.assertSucceeded(operation.call(as(Tokens.MEMBER_08), KALMAR, kalmarId, null), kalmarId);
        }

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource(SOURCES + "writesAndHistoryInKalmar")
        void shouldRefuseWritesAndHistory(Operation operation) {
            assertForbiddenInKalmar(Tokens.MEMBER_08, operation);
        }

        @Test
        @DisplayName("GET /counties/08/organisations/{id} shows the whole organisation")
        void shouldReadOrganisation() {
            as(Tokens.MEMBER2_08).get(one(KALMAR, kalmarId)).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("name", equalTo(kalmarName))
                    .body("municipalityName", equalTo("Kalmar"));
        }
    }

    @Nested
    @DisplayName("As importer of Kalmar (importer-08 service account)")
    class AsImporterOfKalmar {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "readsAndHistoryInKalmar")
        void shouldAllowReadsAndHistory(Operation operation) {
            operation.assertSucceeded(operation.call(as(Tokens.IMPORTER_08), KALMAR, kalmarId, null), kalmarId);
        }

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource(SOURCES + "writesInKalmar")
        void shouldRefuseWrites(Operation operation) {
            assertForbiddenInKalmar(Tokens.IMPORTER_08, operation);
        }
    }

    @Nested
    @DisplayName("As national analyst (analyst)")
    class AsAnalyst {

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldRefuseEverything(Operation operation) {
            assertForbiddenInKalmar(Tokens.ANALYST, operation);
        }
    }

    @Nested
    @DisplayName("As admin (admin)")
    class AsAdmin {

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldRefuseEverything(Operation operation) {
            assertForbiddenInKalmar(Tokens.ADMIN, operation);
        }
    }

    @Nested
    @DisplayName("Without a valid token")
    class WithoutToken {

        @ParameterizedTest(name = "{0} without a token returns 401 and changes nothing")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldRequireToken(Operation operation) {
            long before = count("08", "organisations");
            operation.call(RestAssured.given(), KALMAR, kalmarId, validWrite())
                    .then().spec(problem(401)).header("WWW-Authenticate", startsWith("Bearer"));
            assertKalmarUntouched(before);
        }

        @ParameterizedTest(name = "{0} with a garbage bearer token returns 401 and changes nothing")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldRefuseGarbageToken(Operation operation) {
            long before = count("08", "organisations");
            operation.call(Fixtures.withGarbageToken(), KALMAR, kalmarId, validWrite())
                    .then().spec(problem(401)).header("WWW-Authenticate", startsWith("Bearer"));
            assertKalmarUntouched(before);
        }
    }
}
