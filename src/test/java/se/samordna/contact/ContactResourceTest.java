package se.samordna.contact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
@DisplayName("Contacts")
class ContactResourceTest {

    static final String KALMAR = "/counties/08/contacts";
    static final String BLEKINGE = "/counties/10/contacts";
    static final String KALMAR_CONTACT = "a Kalmar contact";
    static final String BLEKINGE_CONTACT = "a Blekinge contact";
    static final String SOURCES = "se.samordna.contact.ContactResourceTest#";
    static final String PHONE = "+46 480-45 00 00";
    static final String TITLE = "Brottsförebyggande samordnare";

    /** A Kalmar organisation and a contact working there, made afresh for every test, at version 0. */
    String organisationId;
    String organisationName;
    String contactId;
    String contactName;
    String contactEmail;

    @BeforeEach
    void createKalmarContact() {
        String marker = marker();
        organisationName = "Kalmar kommun " + marker;
        organisationId = createOrganisation("08", body("name", organisationName, "type", "MUNICIPALITY",
                "municipalityCode", "0880"));
        contactName = "Karin Åberg " + marker;
        contactEmail = "karin.aberg." + marker + "@kalmar.se";
        contactId = createContact("08", body("name", contactName, "email", contactEmail, "phone", PHONE,
                "organisationId", organisationId, "title", TITLE));
    }

    static String one(String collection, String id) {
        return API + collection + "/" + id;
    }

    /** A valid write, naming a new person without an organisation. */
    static Map<String, Object> validWrite() {
        String marker = marker();
        return body("name", "Lena Sjöberg " + marker, "email", "lena." + marker + "@example.se",
                "phone", "070-123 45 67", "title", "Kommunpolis");
    }

    /** The Kalmar contact is as created, and the county holds as many contacts as before. */
    void assertKalmarContactUntouched(long countBefore) {
        read("08", "contacts", contactId).then()
                .header("ETag", "\"0\"")
                .body("name", equalTo(contactName))
                .body("email", equalTo(contactEmail))
                .body("phone", equalTo(PHONE))
                .body("title", equalTo(TITLE))
                .body("organisationId", equalTo(organisationId));
        assertEquals(countBefore, count("08", "contacts"), "the number of Kalmar contacts changed");
    }

    void assertForbiddenInKalmar(String user, Operation operation) {
        long before = count("08", "contacts");
        operation.call(as(user), KALMAR, contactId, validWrite()).then().spec(problem(403));
        assertKalmarContactUntouched(before);
    }

    void assertKalmarContactUnknownInBlekinge(String user, Operation operation) {
        long before = count("08", "contacts");
        String unknownId = UUID.randomUUID().toString();
        Response forKalmar = operation.call(as(user), BLEKINGE, contactId, validWrite());
        Response forUnknown = operation.call(as(user), BLEKINGE, unknownId, validWrite());
        assertSameAsUnknown(forKalmar, contactId, forUnknown, unknownId);
        assertKalmarContactUntouched(before);
    }

    static void assertStrictlyIncreasing(List<Long> sequence) {
        for (int i = 1; i < sequence.size(); i++) {
            assertTrue(sequence.get(i) > sequence.get(i - 1), "sequence not increasing: " + sequence);
        }
    }

    static Stream<Named<Operation>> everyOperationInKalmar() {
        return Operation.named(KALMAR, KALMAR_CONTACT);
    }

    static Stream<Named<Operation>> everyOperationInBlekinge() {
        return Operation.named(BLEKINGE, BLEKINGE_CONTACT);
    }

    static Stream<Named<Operation>> kalmarObjectUnderBlekinge() {
        return Operation.named(BLEKINGE, KALMAR_CONTACT, Operation.GET, Operation.REPLACE, Operation.PATCH,
                Operation.DELETE, Operation.HISTORY);
    }

    static Stream<Named<Operation>> blekingeObjectUnderKalmar() {
        return Operation.named(KALMAR, BLEKINGE_CONTACT, Operation.GET, Operation.REPLACE, Operation.PATCH,
                Operation.DELETE, Operation.HISTORY);
    }

    static Stream<Named<Operation>> readsInKalmar() {
        return Operation.named(KALMAR, KALMAR_CONTACT, Operation.LIST, Operation.GET);
    }

    static Stream<Named<Operation>> writesAndHistoryInKalmar() {
        return Operation.named(KALMAR, KALMAR_CONTACT, Operation.CREATE, Operation.REPLACE, Operation.PATCH,
                Operation.DELETE, Operation.HISTORY);
    }

    static Stream<Named<Operation>> readsAndHistoryInKalmar() {
        return Operation.named(KALMAR, KALMAR_CONTACT, Operation.LIST, Operation.GET, Operation.HISTORY);
    }

    static Stream<Named<Operation>> writesInKalmar() {
        return Operation.named(KALMAR, KALMAR_CONTACT, Operation.CREATE, Operation.REPLACE, Operation.PATCH,
                Operation.DELETE);
    }

    static Stream<Named<Operation>> versionedInKalmar() {
        return Operation.named(KALMAR, KALMAR_CONTACT, Operation.REPLACE, Operation.PATCH, Operation.DELETE);
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldAllowEveryOperation(Operation operation) {
            operation.assertSucceeded(operation.call(as(Tokens.COORDINATOR_08), KALMAR, contactId, validWrite()),
                    contactId);
        }

        @Test
        @DisplayName("POST /counties/08/contacts returns 201, ETag \"0\" and a Location that GETs it")
        void shouldCreate() {
            String marker = marker();
            String name = "Göran Ström " + marker;
            String email = "goran.strom." + marker + "@polisen.se";
            Response created = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", name, "email", email, "phone", "114 14", "organisationId", organisationId,
                            "title", "Kommunpolis"))
                    .post(API + KALMAR);
            created.then().statusCode(201)
                    .contentType(ContentType.JSON)
                    .header("ETag", "\"0\"")
                    .body("id", notNullValue())
                    .body("countyCode", equalTo("08"))
                    .body("name", equalTo(name))
                    .body("email", equalTo(email))
                    .body("phone", equalTo("114 14"))
                    .body("organisationId", equalTo(organisationId))
                    .body("organisationName", equalTo(organisationName))
                    .body("title", equalTo("Kommunpolis"))
                    .body("version", is(0))
                    .body("createdBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("updatedBy", equalTo(subjectOf(Tokens.COORDINATOR_08)));
            String id = created.path("id");
            String location = created.header("Location");
            assertTrue(location.endsWith(API + KALMAR + "/" + id), "Location " + location + " does not name " + id);

            as(Tokens.COORDINATOR_08).get(location).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(id))
                    .body("email", equalTo(email));
        }

        @Test
        @DisplayName("POST without an organisation answers organisationId and organisationName null")
        void shouldCreateWithoutOrganisation() {
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("name", "Ensam Eskilsson " + marker()))
                    .post(API + KALMAR)
                    .then().statusCode(201)
                    .body("organisationId", nullValue())
                    .body("organisationName", nullValue())
                    .body("email", nullValue());
        }

        @Test
        @DisplayName("GET /counties/08/contacts/{id} returns the whole contact with its version as ETag")
        void shouldGet() {
            as(Tokens.COORDINATOR_08).get(one(KALMAR, contactId)).then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(contactId))
                    .body("name", equalTo(contactName))
                    .body("email", equalTo(contactEmail))
                    .body("phone", equalTo(PHONE))
                    .body("organisationName", equalTo(organisationName))
                    .body("title", equalTo(TITLE));
        }

        @Test
        @DisplayName("PUT with the current If-Match replaces every field and answers ETag \"1\" and a later updatedAt")
        void shouldReplace() {
            Response before = read("08", "contacts", contactId);
            String name = "Karin Åberg-Lund " + marker();
            Response replaced = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("name", name, "email", "karin@example.se"))
                    .put(one(KALMAR, contactId));
            replaced.then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("version", is(1))
                    .body("name", equalTo(name))
                    .body("email", equalTo("karin@example.se"))
                    .body("phone", nullValue())
                    .body("title", nullValue())
                    .body("organisationId", nullValue())
                    .body("organisationName", nullValue())
                    .body("createdAt", equalTo(before.path("createdAt")));
            assertTrue(Instant.parse(replaced.path("updatedAt")).isAfter(Instant.parse(before.path("updatedAt"))),
                    "updatedAt did not move on");

            Response after = read("08", "contacts", contactId);
            after.then().header("ETag", "\"1\"");
            assertEquals(replaced.as(Map.class), after.as(Map.class), "PUT answered other than a later GET reads");
        }

        @Test
        @DisplayName("PATCH (merge patch) changes only the fields sent; null removes one; a new organisation is named")
        void shouldMergePatch() {
            mergePatch(as(Tokens.COORDINATOR_08), body("title", "Säkerhetssamordnare")).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, contactId))
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("title", equalTo("Säkerhetssamordnare"))
                    .body("name", equalTo(contactName))
                    .body("email", equalTo(contactEmail))
                    .body("organisationName", equalTo(organisationName));

            String otherName = "Nybro kommun " + marker();
            String other = createOrganisation("08", body("name", otherName, "type", "MUNICIPALITY"));
            mergePatch(as(Tokens.COORDINATOR_08), body("email", null, "organisationId", other))
                    .header("If-Match", "\"1\"")
                    .patch(one(KALMAR, contactId))
                    .then().statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("email", nullValue())
                    .body("phone", equalTo(PHONE))
                    .body("organisationId", equalTo(other))
                    .body("organisationName", equalTo(otherName));

            read("08", "contacts", contactId).then().header("ETag", "\"2\"").body("email", nullValue())
                    .body("title", equalTo("Säkerhetssamordnare"));
        }

        @Test
        @DisplayName("DELETE erases the person: GET is 404, the list has them no more, nor do PUT, PATCH or DELETE")
        void shouldErase() {
            long before = count("08", "contacts");
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(KALMAR, contactId))
                    .then().statusCode(204);

            as(Tokens.COORDINATOR_08).get(one(KALMAR, contactId)).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).queryParam("q", contactName).get(API + KALMAR).then().statusCode(200)
                    .body("totalItems", is(0)).body("items", empty());
            as(Tokens.COORDINATOR_08).queryParam("q", contactEmail).get(API + KALMAR).then().statusCode(200)
                    .body("totalItems", is(0));
            as(Tokens.COORDINATOR_08).queryParam("organisationId", organisationId).get(API + KALMAR)
                    .then().statusCode(200).body("totalItems", is(0));
            assertEquals(before - 1, count("08", "contacts"));
            for (String version : List.of("\"0\"", "\"1\"")) {
                Operation.REPLACE.call(as(Tokens.COORDINATOR_08), KALMAR, contactId, validWrite(), version)
                        .then().spec(problem(404));
                Operation.PATCH.call(as(Tokens.COORDINATOR_08), KALMAR, contactId, body("title", "x"), version)
                        .then().spec(problem(404));
                Operation.DELETE.call(as(Tokens.COORDINATOR_08), KALMAR, contactId, null, version)
                        .then().spec(problem(404));
            }
        }

        @Test
        @DisplayName("history after an erasure: CREATED, UPDATED, DELETED in order, by coordinator-08, without personal data")
        void shouldEraseHistory() {
            mergePatch(as(Tokens.COORDINATOR_08), body("title", "Trygghetssamordnare")).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, contactId)).then().statusCode(200);
            read("08", "contacts", contactId).then().header("ETag", "\"1\"");
            as(Tokens.COORDINATOR_08).get(one(KALMAR, contactId) + "/history").then().statusCode(200)
                    .body("items[0].state.name", equalTo(contactName))
                    .body("items[0].state.email", equalTo(contactEmail));

            as(Tokens.COORDINATOR_08).header("If-Match", "\"1\"").delete(one(KALMAR, contactId))
                    .then().statusCode(204);

            Response history = as(Tokens.COORDINATOR_08).get(one(KALMAR, contactId) + "/history");
            history.then().statusCode(200)
                    .body("totalItems", is(3))
                    .body("items.action", contains("CREATED", "UPDATED", "DELETED"))
                    .body("items.version", contains(0, 1, 2))
                    .body("items.actor.name", everyItem(equalTo("coordinator-08")))
                    .body("items.actor.subject", everyItem(equalTo(subjectOf(Tokens.COORDINATOR_08))))
                    .body("items.resourceId", everyItem(equalTo(contactId)))
                    .body("items[0].state", not(hasKey("name")))
                    .body("items[0].state", not(hasKey("email")))
                    .body("items[0].state", not(hasKey("phone")))
                    .body("items[0].state", not(hasKey("title")))
                    .body("items[1].state", not(hasKey("name")))
                    .body("items[1].state", not(hasKey("email")))
                    .body("items[1].state", not(hasKey("phone")))
                    .body("items[1].state", not(hasKey("title")))
                    .body("items[0].state.id", equalTo(contactId));
            assertStrictlyIncreasing(history.jsonPath().getList("items.sequence", Long.class));
            String text = history.asString();
            for (String personal : List.of(contactName, contactEmail, PHONE, TITLE, "Trygghetssamordnare")) {
                assertFalse(text.contains(personal), "the history still holds " + personal);
            }
            as(Tokens.IMPORTER_08).get(one(KALMAR, contactId) + "/history").then().statusCode(200)
                    .body("totalItems", is(3)).body("items.action", contains("CREATED", "UPDATED", "DELETED"));
        }

        @ParameterizedTest(name = "{0} without If-Match returns 428 and changes nothing")
        @MethodSource(SOURCES + "versionedInKalmar")
        void shouldRequireIfMatch(Operation operation) {
            long before = count("08", "contacts");
            operation.call(as(Tokens.COORDINATOR_08), KALMAR, contactId, validWrite(), null)
                    .then().spec(problem(428));
            assertKalmarContactUntouched(before);
        }

        @ParameterizedTest(name = "{0} with a stale If-Match \"7\" returns 412 and changes nothing")
        @MethodSource(SOURCES + "versionedInKalmar")
        void shouldRefuseStaleIfMatch(Operation operation) {
            long before = count("08", "contacts");
            operation.call(as(Tokens.COORDINATOR_08), KALMAR, contactId, validWrite(), "\"7\"")
                    .then().spec(problem(412));
            assertKalmarContactUntouched(before);
        }

        @ParameterizedTest(name = "{0} with the version read before someone else's update returns 412")
        @MethodSource(SOURCES + "versionedInKalmar")
        void shouldRefuseVersionBeforeUpdate(Operation operation) {
            mergePatch(as(Tokens.COORDINATOR_0810), body("phone", "0480-123 45")).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, contactId)).then().statusCode(200).header("ETag", "\"1\"");

            operation.call(as(Tokens.COORDINATOR_08), KALMAR, contactId, validWrite(), "\"0\"")
                    .then().spec(problem(412));

            read("08", "contacts", contactId).then()
                    .header("ETag", "\"1\"")
                    .body("phone", equalTo("0480-123 45"))
                    .body("name", equalTo(contactName))
                    .body("email", equalTo(contactEmail));
        }

        @Test
        @DisplayName("GET /counties/08/contacts/{unknown id} and its history return 404 problem")
        void shouldNotGetUnknown() {
            String unknown = UUID.randomUUID().toString();
            as(Tokens.COORDINATOR_08).get(one(KALMAR, unknown)).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).get(one(KALMAR, unknown) + "/history").then().spec(problem(404));
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource(SOURCES + "blekingeObjectUnderKalmar")
        void shouldNotFindBlekingeContact(Operation operation) {
            String blekingeName = "Karin Öberg " + marker();
            String blekingeId = createContact("10", body("name", blekingeName, "email", "karin@karlskrona.se"));
            String unknownId = UUID.randomUUID().toString();

            Response forBlekinge = operation.call(as(Tokens.COORDINATOR_08), KALMAR, blekingeId, validWrite());
            Response forUnknown = operation.call(as(Tokens.COORDINATOR_08), KALMAR, unknownId, validWrite());

            assertSameAsUnknown(forBlekinge, blekingeId, forUnknown, unknownId);
            read("10", "contacts", blekingeId).then()
                    .header("ETag", "\"0\"").body("name", equalTo(blekingeName))
                    .body("email", equalTo("karin@karlskrona.se"));
        }

        @Test
        @DisplayName("Swedish text round-trips exactly in name and title")
        void shouldKeepSwedishText() {
            String name = "Åsa Öberg-Ängström " + marker();
            String title = "Samordnare, Föreningen Trygg i Växjö – Ängsö";
            String id = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", name, "title", title))
                    .post(API + KALMAR)
                    .then().statusCode(201).body("name", equalTo(name)).body("title", equalTo(title))
                    .extract().path("id");

            as(Tokens.MEMBER_08).get(one(KALMAR, id)).then().statusCode(200)
                    .body("name", equalTo(name)).body("title", equalTo(title));
            as(Tokens.COORDINATOR_08).queryParam("q", name).get(API + KALMAR).then().statusCode(200)
                    .body("items.name", contains(name));

            String renamed = "Örjan Ålund-Bäck " + marker();
            mergePatch(as(Tokens.COORDINATOR_08), body("name", renamed)).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, id))
                    .then().statusCode(200).body("name", equalTo(renamed)).body("title", equalTo(title));
        }

        @Test
        @DisplayName("createdBy stays the creator's subject while updatedBy becomes the last writer's")
        void shouldStampWriters() {
            Response before = read("08", "contacts", contactId);
            mergePatch(as(Tokens.COORDINATOR_0810), body("title", "Kommunstrateg")).header("If-Match", "\"0\"")
                    .patch(one(KALMAR, contactId)).then().statusCode(200);

            Response after = read("08", "contacts", contactId);
            after.then().body("title", equalTo("Kommunstrateg"))
                    .body("createdBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("updatedBy", equalTo(subjectOf(Tokens.COORDINATOR_0810)))
                    .body("createdAt", equalTo(before.path("createdAt")));
            assertTrue(Instant.parse(after.path("updatedAt")).isAfter(Instant.parse(before.path("updatedAt"))),
                    "updatedAt did not move on");
        }
    }

    @Nested
    @DisplayName("With bad input (as coordinator-08)")
    class WithBadInput {

        static final String BLEKINGE_ORGANISATION = "{blekinge organisation}";

        static Stream<Arguments> badBodies() {
            return Stream.of(
                    arguments(named("an invalid email", "{\"name\": \"Lena\", \"email\": \"lena-at-kalmar.se\"}"),
                            "email"),
                    arguments(named("a phone of letters", "{\"name\": \"Lena\", \"phone\": \"ring mig\"}"), "phone"),
                    arguments(named("the organisation of a Blekinge organisation",
                            "{\"name\": \"Lena\", \"organisationId\": \"" + BLEKINGE_ORGANISATION + "\"}"),
                            "organisationId"),
                    arguments(named("an organisationId that names nothing",
                            "{\"name\": \"Lena\", \"organisationId\": \"" + UUID.randomUUID() + "\"}"),
                            "organisationId"),
                    arguments(named("an organisationId that is no UUID",
                            "{\"name\": \"Lena\", \"organisationId\": \"kalmar-kommun\"}"), "organisationId"),
                    arguments(named("an unknown field colour", "{\"name\": \"Lena\", \"colour\": \"red\"}"),
                            "colour"),
                    arguments(named("no name", "{\"email\": \"lena@kalmar.se\"}"), "name"),
                    arguments(named("a blank name", "{\"name\": \"  \"}"), "name"),
                    arguments(named("a name of 201 characters", "{\"name\": \"" + "Ö".repeat(201) + "\"}"), "name"),
                    arguments(named("a title that is a list", "{\"name\": \"Lena\", \"title\": [\"a\"]}"), "title"));
        }

        static Stream<Arguments> badPatches() {
            return Stream.of(
                    arguments(named("an invalid email", "{\"email\": \"lena@\"}"), "email"),
                    arguments(named("the organisation of a Blekinge organisation",
                            "{\"organisationId\": \"" + BLEKINGE_ORGANISATION + "\"}"), "organisationId"),
                    arguments(named("an organisationId that is no UUID", "{\"organisationId\": 17}"),
                            "organisationId"),
                    arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"),
                    arguments(named("\"name\": null", "{\"name\": null}"), "name"));
        }

        String withBlekingeOrganisation(String json) {
            if (!json.contains(BLEKINGE_ORGANISATION)) {
                return json;
            }
            return json.replace(BLEKINGE_ORGANISATION, createOrganisation("10", "Ronneby kommun " + marker()));
        }

        @ParameterizedTest(name = "POST with {0} returns 400 naming {1} and writes nothing")
        @MethodSource("badBodies")
        void shouldRefuseBadCreate(String json, String field) {
            String body = withBlekingeOrganisation(json);
            long before = count("08", "contacts");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body).post(API + KALMAR)
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertEquals(before, count("08", "contacts"));
        }

        @ParameterizedTest(name = "PUT with {0} returns 400 naming {1} and changes nothing")
        @MethodSource("badBodies")
        void shouldRefuseBadReplace(String json, String field) {
            String body = withBlekingeOrganisation(json);
            long before = count("08", "contacts");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .put(one(KALMAR, contactId))
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertKalmarContactUntouched(before);
        }

        @ParameterizedTest(name = "PATCH with {0} returns 400 naming {1} and changes nothing")
        @MethodSource("badPatches")
        void shouldRefuseBadPatch(String json, String field) {
            String body = withBlekingeOrganisation(json);
            long before = count("08", "contacts");
            mergePatch(as(Tokens.COORDINATOR_08), body).header("If-Match", "\"0\"").patch(one(KALMAR, contactId))
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertKalmarContactUntouched(before);
        }

        @Test
        @DisplayName("POST /counties/10/contacts by coordinator-0810 naming a Kalmar organisation returns 400")
        void shouldRefuseOrganisationOfOtherCountyForTwoCountyCoordinator() {
            long before = count("10", "contacts");
            as(Tokens.COORDINATOR_0810).contentType(ContentType.JSON)
                    .body(body("name", "Lena " + marker(), "organisationId", organisationId))
                    .post(API + BLEKINGE)
                    .then().spec(problem(400)).body("errors.field", contains("organisationId"));
            assertEquals(before, count("10", "contacts"));
        }

        @ParameterizedTest(name = "POST with the body {0} returns 400 and writes nothing")
        @ValueSource(strings = { "{\"name\": \"Lena\", ", "{\"name\": \"Lena\" \"email\": \"l@k.se\"}",
                "[{\"name\": \"Lena\"}]", "\"Lena\"", "null", "" })
        void shouldRefuseMalformedCreate(String json) {
            long before = count("08", "contacts");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(json).post(API + KALMAR)
                    .then().spec(problem(400));
            assertEquals(before, count("08", "contacts"));
        }

        @ParameterizedTest(name = "PATCH with the body {0} returns 400 and changes nothing")
        @ValueSource(strings = { "{\"title\": ", "[{\"title\": \"x\"}]", "null" })
        void shouldRefuseMalformedPatch(String json) {
            long before = count("08", "contacts");
            mergePatch(as(Tokens.COORDINATOR_08), json).header("If-Match", "\"0\"").patch(one(KALMAR, contactId))
                    .then().spec(problem(400));
            assertKalmarContactUntouched(before);
        }

        @Test
        @DisplayName("POST, PUT and PATCH with Content-Type text/plain return 415 problem and write nothing")
        void shouldRefuseTextPlain() {
            long before = count("08", "contacts");
            String json = Fixtures.toJson(validWrite());
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).body(json).post(API + KALMAR)
                    .then().spec(problem(415));
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).header("If-Match", "\"0\"").body(json)
                    .put(one(KALMAR, contactId)).then().spec(problem(415));
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).header("If-Match", "\"0\"").body(json)
                    .patch(one(KALMAR, contactId)).then().spec(problem(415));
            assertKalmarContactUntouched(before);
        }

        static Stream<Arguments> badQueries() {
            return Stream.of(
                    arguments("page=abc", "page"),
                    arguments("size=500", "size"),
                    arguments("size=-5", "size"),
                    arguments("sort=bogus,asc", "sort"),
                    arguments("sort=email,asc", "sort"),
                    arguments("sort=name,up", "sort"),
                    arguments("organisationId=kalmar-kommun", "organisationId"));
        }

        @ParameterizedTest(name = "GET /counties/08/contacts?{0} returns 400 naming {1}")
        @MethodSource("badQueries")
        void shouldRefuseBadQuery(String query, String field) {
            as(Tokens.COORDINATOR_08).get(API + KALMAR + "?" + query)
                    .then().spec(problem(400)).body("errors.field", contains(field));
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
        @DisplayName("GET /counties/08/contacts pages: {items, page, size, totalItems, totalPages}")
        void shouldPage() {
            for (String name : List.of("Cecilia", "Anna", "Bertil")) {
                createContact("08", body("name", name + " " + marker));
            }
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 2).get(API + KALMAR)
                    .then().statusCode(200)
                    .body("page", is(0))
                    .body("size", is(2))
                    .body("totalItems", is(3))
                    .body("totalPages", is(2))
                    .body("items.name", contains("Anna " + marker, "Bertil " + marker));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 2).queryParam("page", 1)
                    .get(API + KALMAR)
                    .then().statusCode(200)
                    .body("page", is(1))
                    .body("items.name", contains("Cecilia " + marker));
        }

        @Test
        @DisplayName("names sort in Swedish order: A … Z, Å, Ä, Ö; sort=name,desc reverses it")
        void shouldSortSwedish() {
            for (String name : List.of("Örjan", "Zelda", "Ärna", "Adam", "Åke")) {
                createContact("08", body("name", name + " " + marker));
            }
            List<String> swedish = Stream.of("Adam", "Zelda", "Åke", "Ärna", "Örjan").map(n -> n + " " + marker)
                    .toList();
            as(Tokens.COORDINATOR_08).queryParam("q", marker).get(API + KALMAR)
                    .then().statusCode(200).body("items.name", contains(swedish.toArray()));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", "name,desc").get(API + KALMAR)
                    .then().statusCode(200).body("items.name", contains(swedish.reversed().toArray()));
        }

        @Test
        @DisplayName("?organisationId= lists only the contacts of that organisation")
        void shouldFilterByOrganisation() {
            String other = createOrganisation("08", "Emmaboda kommun " + marker);
            String here = createContact("08", body("name", "Hanna " + marker, "organisationId", organisationId));
            createContact("08", body("name", "Daniel " + marker, "organisationId", other));
            createContact("08", body("name", "Fristående " + marker));

            as(Tokens.COORDINATOR_08).queryParam("organisationId", organisationId).get(API + KALMAR)
                    .then().statusCode(200)
                    .body("totalItems", is(2))
                    .body("items.id", contains(here, contactId))
                    .body("items.organisationName", everyItem(equalTo(organisationName)));
        }

        @Test
        @DisplayName("?q= matches names case-insensitively (ÅBERG finds Åberg) and, for coordinators, e-mail")
        void shouldSearch() {
            as(Tokens.COORDINATOR_08).queryParam("q", contactName.toUpperCase(Locale.ROOT)).get(API + KALMAR)
                    .then().statusCode(200).body("items.id", contains(contactId));
            as(Tokens.COORDINATOR_08).queryParam("q", contactEmail.toUpperCase(Locale.ROOT)).get(API + KALMAR)
                    .then().statusCode(200).body("items.id", contains(contactId));
            as(Tokens.COORDINATOR_08).queryParam("q", "Åberg").queryParam("size", 200).get(API + KALMAR)
                    .then().statusCode(200).body("items.id", hasItem(contactId));
        }

        @Test
        @DisplayName("GET /counties/10/contacts does not list a Kalmar contact")
        void shouldListOnlyTheCounty() {
            as(Tokens.COORDINATOR_0810).queryParam("q", contactName).get(API + BLEKINGE)
                    .then().statusCode(200).body("totalItems", is(0));
            as(Tokens.COORDINATOR_0810).queryParam("q", contactName).get(API + KALMAR)
                    .then().statusCode(200).body("items.id", contains(contactId));
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
        void shouldNotFindKalmarContact(Operation operation) {
            assertKalmarContactUnknownInBlekinge(Tokens.COORDINATOR_10, operation);
        }

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "everyOperationInBlekinge")
        void shouldAllowBlekinge(Operation operation) {
            String blekingeId = createContact("10", body("name", "Karin Öberg " + marker()));
            operation.assertSucceeded(operation.call(as(Tokens.COORDINATOR_10), BLEKINGE, blekingeId, validWrite()),
                    blekingeId);
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
            operation.assertSucceeded(operation.call(as(Tokens.COORDINATOR_0810), KALMAR, contactId, validWrite()),
                    contactId);
        }

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "everyOperationInBlekinge")
        void shouldAllowBlekinge(Operation operation) {
            String blekingeId = createContact("10", body("name", "Mårten Bäck " + marker()));
            operation.assertSucceeded(
                    operation.call(as(Tokens.COORDINATOR_0810), BLEKINGE, blekingeId, validWrite()), blekingeId);
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource(SOURCES + "kalmarObjectUnderBlekinge")
        void shouldNotFindKalmarContactUnderBlekinge(Operation operation) {
            assertKalmarContactUnknownInBlekinge(Tokens.COORDINATOR_0810, operation);
        }
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08)")
    class AsMemberOfKalmar {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "readsInKalmar")
        void shouldAllowReads(Operation operation) {
            operation.assertSucceeded(operation.call(as(Tokens.MEMBER_08), KALMAR, contactId, null), contactId);
        }

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource(SOURCES + "writesAndHistoryInKalmar")
        void shouldRefuseWritesAndHistory(Operation operation) {
            assertForbiddenInKalmar(Tokens.MEMBER_08, operation);
        }

        @Test
        @DisplayName("GET /counties/08/contacts/{id} shows name, organisation and title, but no e-mail or phone")
        void shouldHidePersonalDataInGet() {
            as(Tokens.MEMBER_08).get(one(KALMAR, contactId)).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("name", equalTo(contactName))
                    .body("organisationId", equalTo(organisationId))
                    .body("organisationName", equalTo(organisationName))
                    .body("title", equalTo(TITLE))
                    .body("email", nullValue())
                    .body("phone", nullValue());
        }

        @Test
        @DisplayName("GET /counties/08/contacts shows no e-mail or phone of anyone")
        void shouldHidePersonalDataInList() {
            as(Tokens.MEMBER2_08).queryParam("q", contactName).get(API + KALMAR).then().statusCode(200)
                    .body("items.id", contains(contactId))
                    .body("items.name", contains(contactName))
                    .body("items.organisationName", contains(organisationName))
                    .body("items.title", contains(TITLE))
                    .body("items.email", contains(nullValue()))
                    .body("items.phone", contains(nullValue()));
            as(Tokens.MEMBER_08).queryParam("size", 200).get(API + KALMAR).then().statusCode(200)
                    .body("items", not(empty()))
                    .body("items.email", everyItem(nullValue()))
                    .body("items.phone", everyItem(nullValue()));
        }

        @Test
        @DisplayName("?q= by e-mail finds nobody for a member (it does for a coordinator)")
        void shouldNotSearchByEmail() {
            as(Tokens.MEMBER_08).queryParam("q", contactEmail).get(API + KALMAR).then().statusCode(200)
                    .body("totalItems", is(0)).body("items", empty());
            as(Tokens.MEMBER_08).queryParam("q", "karin.aberg.").queryParam("size", 200).get(API + KALMAR)
                    .then().statusCode(200).body("items.id", not(hasItem(contactId)));
            as(Tokens.COORDINATOR_08).queryParam("q", contactEmail).get(API + KALMAR).then().statusCode(200)
                    .body("items.id", contains(contactId));
        }
    }

    @Nested
    @DisplayName("As importer of Kalmar (importer-08 service account)")
    class AsImporterOfKalmar {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource(SOURCES + "readsAndHistoryInKalmar")
        void shouldAllowReadsAndHistory(Operation operation) {
            operation.assertSucceeded(operation.call(as(Tokens.IMPORTER_08), KALMAR, contactId, null), contactId);
        }

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource(SOURCES + "writesInKalmar")
        void shouldRefuseWrites(Operation operation) {
            assertForbiddenInKalmar(Tokens.IMPORTER_08, operation);
        }

        @Test
        @DisplayName("GET /counties/08/contacts and /{id} show e-mail and phone")
        void shouldSeePersonalData() {
            as(Tokens.IMPORTER_08).get(one(KALMAR, contactId)).then().statusCode(200)
                    .body("email", equalTo(contactEmail))
                    .body("phone", equalTo(PHONE));
            as(Tokens.IMPORTER_08).queryParam("q", contactEmail).get(API + KALMAR).then().statusCode(200)
                    .body("items.email", contains(contactEmail))
                    .body("items.phone", contains(PHONE));
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
            long before = count("08", "contacts");
            operation.call(RestAssured.given(), KALMAR, contactId, validWrite())
                    .then().spec(problem(401)).header("WWW-Authenticate", startsWith("Bearer"));
            assertKalmarContactUntouched(before);
        }

        @ParameterizedTest(name = "{0} with a garbage bearer token returns 401 and changes nothing")
        @MethodSource(SOURCES + "everyOperationInKalmar")
        void shouldRefuseGarbageToken(Operation operation) {
            long before = count("08", "contacts");
            operation.call(Fixtures.withGarbageToken(), KALMAR, contactId, validWrite())
                    .then().spec(problem(401)).header("WWW-Authenticate", startsWith("Bearer"));
            assertKalmarContactUntouched(before);
        }
    }
}
