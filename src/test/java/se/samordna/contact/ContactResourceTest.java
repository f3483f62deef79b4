package se.samordna.contact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.count;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Database;
import se.samordna.testing.Tokens;

/** Contacts: the county resource contract, plus their organisations, who sees e-mail and phone, and erasure. */
@QuarkusTest
@DisplayName("Contacts")
@CountyResource(collection = "contacts", noun = "contact")
class ContactResourceTest extends CountyResourceContract {

    static final String PHONE = "+46 480-45 00 00";
    static final String TITLE = "Brottsförebyggande samordnare";
    static final String BLEKINGE_ORGANISATION = "{blekinge organisation}";

    /** The organisation the Kalmar contact works at, and the contact's personal data; made afresh for every test. */
    String organisationId;
    String organisationName;
    String contactName;
    String contactEmail;

    @Override
    protected Write newKalmarObject() {
        String marker = marker();
        organisationName = "Kalmar kommun " + marker;
        organisationId = createOrganisation("08", body("name", organisationName, "type", "MUNICIPALITY",
                "municipalityCode", "0880"));
        contactName = "Karin Åberg " + marker;
        contactEmail = "karin.aberg." + marker + "@kalmar.se";
        return Write.of(body("name", contactName, "email", contactEmail, "phone", PHONE,
                        "organisationId", organisationId, "title", TITLE, "loginUsername", "karin." + marker,
                        "externalId", "kalmar-person-" + marker))
                .answering("organisationName", equalTo(organisationName));
    }

    /** A valid write, naming a new person without an organisation. */
    @Override
    protected Map<String, Object> validWrite() {
        String marker = marker();
        return body("name", "Lena Sjöberg " + marker, "email", "lena." + marker + "@example.se",
                "phone", "070-123 45 67", "title", "Kommunpolis");
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body("name", name, "email", "person." + marker() + "@example.se");
    }

    @Override
    protected Write fullCreate() {
        String marker = marker();
        return Write.of(body("name", "Göran Ström " + marker, "email", "goran.strom." + marker + "@polisen.se",
                        "phone", "114 14", "organisationId", organisationId, "title", "Kommunpolis",
                        "loginUsername", "goran." + marker))
                .answering("organisationName", equalTo(organisationName));
    }

    @Override
    protected Write replacement() {
        return Write.of(body("name", "Karin Åberg-Lund " + marker(), "email", "karin@example.se"))
                .answering("phone", nullValue())
                .answering("title", nullValue())
                .answering("organisationId", nullValue())
                .answering("organisationName", nullValue());
    }

    @Override
    protected Write changingPatch() {
        return Write.of(body("title", "Säkerhetssamordnare", "phone", "0480-123 45"));
    }

    /** Removes the e-mail and moves the contact to another organisation, whose name it then answers. */
    @Override
    protected Write removingPatch() {
        String otherName = "Nybro kommun " + marker();
        String other = createOrganisation("08", body("name", otherName, "type", "MUNICIPALITY"));
        return Write.of(body("email", null, "organisationId", other))
                .answering("organisationName", equalTo(otherName));
    }

    @Override
    protected Stream<Arguments> badBodies() {
        return Stream.of(
                arguments(named("an invalid email", "{\"name\": \"Lena\", \"email\": \"lena-at-kalmar.se\"}"),
                        "email"),
                arguments(named("a phone of letters", "{\"name\": \"Lena\", \"phone\": \"ring mig\"}"), "phone"),
                arguments(named("a phone of hyphens", "{\"name\": \"Lena\", \"phone\": \"-----\"}"), "phone"),
                arguments(named("a phone of parentheses", "{\"name\": \"Lena\", \"phone\": \"(((((\"}"), "phone"),
                arguments(named("a phone of five spaces", "{\"name\": \"Lena\", \"phone\": \"     \"}"), "phone"),
                arguments(named("a phone with words around it", "{\"name\": \"Lena\", \"phone\": \"ring 0480-45 00 00\"}"), "phone"),
                arguments(named("an email without a dot in its domain",
                        "{\"name\": \"Lena\", \"email\": \"lena@kalmar\"}"), "email"),
                arguments(named("a phone of 31 characters (+ and 30 digits)",
                        "{\"name\": \"Lena\", \"phone\": \"+" + "4".repeat(30) + "\"}"), "phone"),
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
                arguments(named("a title that is a list", "{\"name\": \"Lena\", \"title\": [\"a\"]}"), "title"),
                arguments(named("a login with a space", "{\"name\": \"Lena\", \"loginUsername\": \"lena sjöberg\"}"),
                        "loginUsername"));
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.of(
                arguments(named("an invalid email", "{\"email\": \"lena@\"}"), "email"),
                arguments(named("the organisation of a Blekinge organisation",
                        "{\"organisationId\": \"" + BLEKINGE_ORGANISATION + "\"}"), "organisationId"),
                arguments(named("an organisationId that is no UUID", "{\"organisationId\": 17}"),
                        "organisationId"),
                arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"),
                arguments(named("\"name\": null", "{\"name\": null}"), "name"));
    }

    /** Puts the id of a Blekinge organisation, made now, where a bad body names one. */
    @Override
    protected String resolve(String badBody) {
        if (!badBody.contains(BLEKINGE_ORGANISATION)) {
            return badBody;
        }
        return badBody.replace(BLEKINGE_ORGANISATION, createOrganisation("10", "Ronneby kommun " + marker()));
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"name\": \"Lena\", ", "{\"name\": \"Lena\" \"email\": \"l@k.se\"}",
                "[{\"name\": \"Lena\"}]", "\"Lena\"", "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.of("{\"title\": ", "[{\"title\": \"x\"}]", "null");
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(
                arguments("sort=email,asc", "sort"),
                arguments("organisationId=kalmar-kommun", "organisationId"));
    }

    /** A delete erases the person from every recorded state: no name, e-mail, phone or title is left anywhere. */
    @Override
    protected void assertStatesAfterDelete(Response history, Write change) {
        for (String state : List.of("items[0].state", "items[1].state")) {
            for (String personal : List.of("name", "email", "phone", "title")) {
                history.then().body(state, not(hasKey(personal)));
            }
        }
        String text = history.asString();
        List<Object> personalData = new ArrayList<>(List.of(contactName, contactEmail, PHONE, TITLE));
        personalData.addAll(change.body().values());
        for (Object personal : personalData) {
            assertFalse(text.contains(personal.toString()), "the history still holds " + personal);
        }
    }

    @Nested
    @DisplayName("Contact rules (as coordinators)")
    class ContactRules {

        @Test
        @DisplayName("a name of 200 characters outside the BMP (400 UTF-16 units) is kept; of 201 it is 400 naming name")
        void shouldCountCharactersAsTheSpecDoes() {
            // maxLength counts characters (code points), as PostgreSQL does; Bean Validation's @Size counted UTF-16
            String name = "\uD83D\uDE00".repeat(199) + marker().charAt(0);
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("name", name)).post(API + kalmar)
                    .then().statusCode(201).body("name", equalTo(name));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("name", name + "x")).post(API + kalmar)
                    .then().spec(problem(400, API + kalmar)).body("errors.field", contains("name"));
        }

        @Test
        @DisplayName("POST without an organisation answers organisationId and organisationName null")
        void shouldCreateWithoutOrganisation() {
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("name", "Ensam Eskilsson " + marker()))
                    .post(API + kalmar)
                    .then().statusCode(201)
                    .body("organisationId", nullValue())
                    .body("organisationName", nullValue())
                    .body("email", nullValue());
        }

        @Test
        @DisplayName("DELETE erases the person in the stored row (name, e-mail, phone, title gone; the row kept) and in every recorded state")
        void shouldErase() {
            mergePatch(as(Tokens.COORDINATOR_08), body("phone", "0480-999 99")).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200);
            as(Tokens.COORDINATOR_08).header("If-Match", "\"1\"").delete(one(kalmar, kalmarId))
                    .then().statusCode(204);

            UUID id = UUID.fromString(kalmarId);
            Map<String, Object> row = Database.row("contact", id);
            assertNotNull(row, "the erased contact's row is kept, so that counts stay true");
            assertEquals("08", row.get("county_code"));
            assertNotNull(row.get("erased_at"), "erased_at");
            for (String personal : List.of("name", "email", "phone", "title", "organisation_id")) {
                assertNull(row.get(personal), "the stored row still holds " + personal);
            }
            List<Map<String, Object>> events = Database.changeEvents(id);
            assertEquals(List.of("CREATED", "UPDATED", "DELETED"), events.stream().map(e -> e.get("action")).toList());
            for (Map<String, Object> event : events) {
                String state = String.valueOf(event.get("state"));
                for (String personal : List.of(contactName, contactEmail, PHONE, TITLE, "0480-999 99")) {
                    assertFalse(state.contains(personal), "change event " + event.get("seq") + " still holds "
                            + personal + ": " + state);
                }
            }

            as(Tokens.COORDINATOR_08).queryParam("q", contactEmail).get(API + kalmar).then().statusCode(200)
                    .body("totalItems", is(0));
            as(Tokens.COORDINATOR_08).queryParam("organisationId", organisationId).get(API + kalmar)
                    .then().statusCode(200).body("totalItems", is(0));
        }

        @Test
        @DisplayName("Swedish text round-trips exactly in name and title")
        void shouldKeepSwedishText() {
            String name = "Åsa Öberg-Ängström " + marker();
            String title = "Samordnare, Föreningen Trygg i Växjö – Ängsö";
            String id = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", name, "title", title))
                    .post(API + kalmar)
                    .then().statusCode(201).body("name", equalTo(name)).body("title", equalTo(title))
                    .extract().path("id");

            as(Tokens.MEMBER_08).get(one(kalmar, id)).then().statusCode(200)
                    .body("name", equalTo(name)).body("title", equalTo(title));
            as(Tokens.COORDINATOR_08).queryParam("q", name).get(API + kalmar).then().statusCode(200)
                    .body("items.name", contains(name));

            String renamed = "Örjan Ålund-Bäck " + marker();
            mergePatch(as(Tokens.COORDINATOR_08), body("name", renamed)).header("If-Match", "\"0\"")
                    .patch(one(kalmar, id))
                    .then().statusCode(200).body("name", equalTo(renamed)).body("title", equalTo(title));
        }

        @Test
        @DisplayName("POST /counties/10/contacts by coordinator-0810 naming a Kalmar organisation returns 400")
        void shouldRefuseOrganisationOfOtherCountyForTwoCountyCoordinator() {
            long before = count("10", "contacts");
            as(Tokens.COORDINATOR_0810).contentType(ContentType.JSON)
                    .body(body("name", "Lena " + marker(), "organisationId", organisationId))
                    .post(API + blekinge)
                    .then().spec(problem(400)).body("errors.field", contains("organisationId"));
            assertEquals(before, count("10", "contacts"));
        }
    }

    @Nested
    @DisplayName("Linking a contact to a login (as coordinators)")
    class LoginLinks {

        @Test
        @DisplayName("PATCH loginUsername links the login, stored in lower case as Keycloak keeps user names")
        void shouldLinkLogin() {
            String login = "Karin.Aberg." + marker();
            mergePatch(as(Tokens.COORDINATOR_08), body("loginUsername", login)).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId))
                    .then().statusCode(200).body("loginUsername", equalTo(login.toLowerCase(Locale.ROOT)));
            as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId) + "/history").then().statusCode(200)
                    .body("items[1].state.loginUsername", equalTo(login.toLowerCase(Locale.ROOT)));
        }

        @Test
        @DisplayName("a login already linked to another contact of the county returns 409 naming loginUsername and writes nothing")
        void shouldLinkLoginOncePerCounty() {
            String login = "karin." + marker();
            mergePatch(as(Tokens.COORDINATOR_08), body("loginUsername", login)).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200);
            long before = countIn("08");

            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", "Lena Sjöberg " + marker(), "loginUsername", login.toUpperCase(Locale.ROOT)))
                    .post(API + kalmar)
                    .then().spec(problem(409)).body("errors.field", contains("loginUsername"));
            assertEquals(before, countIn("08"));
            // the demo login member-08 is linked in Kalmar by the test data
            String other = createContact("08", body("name", "Lena Sjöberg " + marker()));
            mergePatch(as(Tokens.COORDINATOR_08), body("loginUsername", "member-08")).header("If-Match", "\"0\"")
                    .patch(one(kalmar, other))
                    .then().spec(problem(409)).body("errors.field", contains("loginUsername"));
        }

        @Test
        @DisplayName("the same login may be linked to one contact in each of two counties")
        void shouldLinkLoginInTwoCounties() {
            String login = "asa." + marker();
            mergePatch(as(Tokens.COORDINATOR_08), body("loginUsername", login)).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200);
            as(Tokens.COORDINATOR_10).contentType(ContentType.JSON)
                    .body(body("name", "Åsa Lindqvist " + marker(), "loginUsername", login))
                    .post(API + blekinge)
                    .then().statusCode(201).body("loginUsername", equalTo(login));
        }

        @Test
        @DisplayName("re-sending a contact's own login is no conflict; erasing the contact frees its login")
        void shouldFreeLoginOnErasure() {
            String login = "per." + marker();
            mergePatch(as(Tokens.COORDINATOR_08), body("loginUsername", login)).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200);
            mergePatch(as(Tokens.COORDINATOR_08), body("loginUsername", login, "title", "Ordförande"))
                    .header("If-Match", "\"1\"").patch(one(kalmar, kalmarId)).then().statusCode(200);
            as(Tokens.COORDINATOR_08).header("If-Match", "\"2\"").delete(one(kalmar, kalmarId))
                    .then().statusCode(204);

            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", "Per Nilsson " + marker(), "loginUsername", login))
                    .post(API + kalmar)
                    .then().statusCode(201).body("loginUsername", equalTo(login));
        }

        @Test
        @DisplayName("members do not see which login a contact is linked to")
        void shouldHideLoginFromMembers() {
            mergePatch(as(Tokens.COORDINATOR_08), body("loginUsername", "lena." + marker()))
                    .header("If-Match", "\"0\"").patch(one(kalmar, kalmarId)).then().statusCode(200);
            as(Tokens.MEMBER_08).get(one(kalmar, kalmarId)).then().statusCode(200)
                    .body("$", hasKey("loginUsername")).body("loginUsername", nullValue());
            as(Tokens.IMPORTER_08).get(one(kalmar, kalmarId)).then().statusCode(200)
                    .body("loginUsername", not(nullValue()));
        }
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08, member2-08): no e-mail or phone")
    class AsMemberOfKalmarWithoutPersonalData {

        @Test
        @DisplayName("GET /counties/08/contacts/{id} shows name, organisation and title, but no e-mail or phone")
        void shouldHidePersonalDataInGet() {
            as(Tokens.MEMBER_08).get(one(kalmar, kalmarId)).then().statusCode(200)
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
            as(Tokens.MEMBER2_08).queryParam("q", contactName).get(API + kalmar).then().statusCode(200)
                    .body("items.id", contains(kalmarId))
                    .body("items.name", contains(contactName))
                    .body("items.organisationName", contains(organisationName))
                    .body("items.title", contains(TITLE))
                    .body("items.email", contains(nullValue()))
                    .body("items.phone", contains(nullValue()));
            as(Tokens.MEMBER_08).queryParam("size", 200).get(API + kalmar).then().statusCode(200)
                    .body("items", not(empty()))
                    .body("items.email", everyItem(nullValue()))
                    .body("items.phone", everyItem(nullValue()));
        }

        @Test
        @DisplayName("?q= by e-mail finds nobody for a member (it does for a coordinator)")
        void shouldNotSearchByEmail() {
            as(Tokens.MEMBER_08).queryParam("q", contactEmail).get(API + kalmar).then().statusCode(200)
                    .body("totalItems", is(0)).body("items", empty());
            // a part of the e-mail that only this contact has: the member finds no one by it
            as(Tokens.MEMBER_08).queryParam("q", contactEmail.substring(0, contactEmail.indexOf('@')))
                    .get(API + kalmar).then().statusCode(200).body("totalItems", is(0));
            as(Tokens.COORDINATOR_08).queryParam("q", contactEmail).get(API + kalmar).then().statusCode(200)
                    .body("items.id", contains(kalmarId));
        }
    }

    @Nested
    @DisplayName("As importer of Kalmar (importer-08 service account): e-mail and phone")
    class AsImporterOfKalmarWithPersonalData {

        @Test
        @DisplayName("GET /counties/08/contacts and /{id} show e-mail and phone")
        void shouldSeePersonalData() {
            as(Tokens.IMPORTER_08).get(one(kalmar, kalmarId)).then().statusCode(200)
                    .body("email", equalTo(contactEmail))
                    .body("phone", equalTo(PHONE));
            as(Tokens.IMPORTER_08).queryParam("q", contactEmail).get(API + kalmar).then().statusCode(200)
                    .body("items.email", contains(contactEmail))
                    .body("items.phone", contains(PHONE));
        }
    }

    @Nested
    @DisplayName("Filtering and searching (as coordinator-08)")
    class FilteringAndSearching {

        @Test
        @DisplayName("?organisationId= lists only the contacts of that organisation")
        void shouldFilterByOrganisation() {
            String marker = marker();
            String other = createOrganisation("08", "Emmaboda kommun " + marker);
            String here = createContact("08", body("name", "Hanna " + marker, "organisationId", organisationId));
            createContact("08", body("name", "Daniel " + marker, "organisationId", other));
            createContact("08", body("name", "Fristående " + marker));

            as(Tokens.COORDINATOR_08).queryParam("organisationId", organisationId).get(API + kalmar)
                    .then().statusCode(200)
                    .body("totalItems", is(2))
                    .body("items.id", contains(here, kalmarId))
                    .body("items.organisationName", everyItem(equalTo(organisationName)));
        }

        @Test
        @DisplayName("?q= matches names case-insensitively (ÅBERG finds Åberg) and, for coordinators, e-mail")
        void shouldSearch() {
            as(Tokens.COORDINATOR_08).queryParam("q", contactName.toUpperCase(Locale.ROOT)).get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(kalmarId));
            as(Tokens.COORDINATOR_08).queryParam("q", contactEmail.toUpperCase(Locale.ROOT)).get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(kalmarId));
            // part of the name, in other case: "åBERG t1234…" finds "Karin Åberg t1234…" and only it
            String partOfName = contactName.substring("Karin ".length());
            as(Tokens.COORDINATOR_08).queryParam("q", "å" + partOfName.substring(1).toUpperCase(Locale.ROOT))
                    .get(API + kalmar).then().statusCode(200).body("items.id", contains(kalmarId));
        }
    }
}
