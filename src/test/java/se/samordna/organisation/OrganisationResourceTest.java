package se.samordna.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.read;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/** Organisations: the county resource contract, plus organisation numbers, municipalities and references. */
@QuarkusTest
@DisplayName("Organisations")
@CountyResource(collection = "organisations", noun = "organisation")
class OrganisationResourceTest extends CountyResourceContract {

    @Override
    protected Write newKalmarObject() {
        return Write.of(body("name", "Brottsförebyggande rådet " + marker(), "type", "LOCAL_COUNCIL",
                        "municipalityCode", "0880"))
                .answering("municipalityName", equalTo("Kalmar"))
                .answering("organisationNumber", nullValue());
    }

    @Override
    protected Map<String, Object> validWrite() {
        return body("name", "Trygghetsrådet " + marker(), "type", "CIVIL_SOCIETY");
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body("name", name, "type", "OTHER");
    }

    @Override
    protected Write fullCreate() {
        return Write.of(body("name", "Polisområde Kalmar län " + marker(), "type", "POLICE",
                        "municipalityCode", "0880", "organisationNumber", "2021000076"))
                .answering("municipalityName", equalTo("Kalmar"))
                .answering("organisationNumber", equalTo("202100-0076"));
    }

    @Override
    protected Write replacement() {
        return Write.of(body("name", "Kalmar kommun " + marker(), "type", "MUNICIPALITY",
                        "organisationNumber", "212000-0829"))
                .answering("municipalityCode", nullValue())
                .answering("municipalityName", nullValue());
    }

    @Override
    protected Write changingPatch() {
        return Write.of(body("name", "Brottsförebyggande rådet i Mörbylånga – Öland " + marker()));
    }

    @Override
    protected Write removingPatch() {
        return Write.of(body("municipalityCode", null)).answering("municipalityName", nullValue());
    }

    @Override
    protected Stream<Arguments> badBodies() {
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
                // a valid check digit, but no organisation's: nonsense, and a personal identity number (a month third)
                arguments(named("organisation number 000000-0000",
                        "{\"name\": \"Kalmar kommun\", \"type\": \"MUNICIPALITY\", \"organisationNumber\": \"000000-0000\"}"),
                        "organisationNumber"),
                arguments(named("organisation number 811218-9876 (a personal identity number)",
                        "{\"name\": \"Enskild firma\", \"type\": \"OTHER\", \"organisationNumber\": \"811218-9876\"}"),
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

    @Override
    protected Stream<Arguments> badPatches() {
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

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"name\": \"Förening\", \"type\": ", "{\"name\": \"Förening\" \"type\": \"OTHER\"}",
                "[{\"name\": \"Förening\", \"type\": \"OTHER\"}]", "\"Förening\"", "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.of("{\"name\": ", "[{\"name\": \"Förening\"}]", "\"Förening\"", "null");
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(arguments("type=NOPE", "type"));
    }

    @Nested
    @DisplayName("Organisation rules (as coordinators)")
    class OrganisationRules {

        @Test
        @DisplayName("Swedish text round-trips exactly: Föreningen Trygg i Växjö – Ängsö")
        void shouldKeepSwedishText() {
            String name = "Föreningen Trygg i Växjö – Ängsö " + marker();
            String id = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", name, "type", "CIVIL_SOCIETY"))
                    .post(API + kalmar)
                    .then().statusCode(201).body("name", equalTo(name))
                    .extract().path("id");

            as(Tokens.COORDINATOR_08).get(one(kalmar, id)).then().statusCode(200).body("name", equalTo(name));
            as(Tokens.MEMBER_08).queryParam("q", name).get(API + kalmar).then().statusCode(200)
                    .body("items.name", contains(name));

            String renamed = "Ölands Brottsförebyggande Råd – Åkerby & Ödeshög " + marker();
            mergePatch(as(Tokens.COORDINATOR_08), body("name", renamed)).header("If-Match", "\"0\"")
                    .patch(one(kalmar, id))
                    .then().statusCode(200).body("name", equalTo(renamed));
            as(Tokens.COORDINATOR_08).get(one(kalmar, id)).then().statusCode(200).body("name", equalTo(renamed));
        }

        @Test
        @DisplayName("an organisation number is accepted with or without hyphen and answered NNNNNN-NNNN")
        void shouldNormaliseOrganisationNumber() {
            // Kalmar kommun (212000-0829) and Polismyndigheten (202100-0076): real numbers, so their check digits are right
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", "Kalmar kommun " + marker(), "type", "MUNICIPALITY",
                            "municipalityCode", "0880", "organisationNumber", "2120000829"))
                    .post(API + kalmar)
                    .then().statusCode(201)
                    .body("organisationNumber", equalTo("212000-0829"))
                    .body("municipalityName", equalTo("Kalmar"));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", "Polismyndigheten " + marker(), "type", "POLICE",
                            "organisationNumber", "202100-0076"))
                    .post(API + kalmar)
                    .then().statusCode(201)
                    .body("organisationNumber", equalTo("202100-0076"));
        }

        @Test
        @DisplayName("POST /counties/10/organisations with municipality 1080 answers countyCode 10 and Karlskrona")
        void shouldCreateInBlekinge() {
            as(Tokens.COORDINATOR_10).contentType(ContentType.JSON)
                    .body(body("name", "Karlskrona kommun " + marker(), "type", "MUNICIPALITY",
                            "municipalityCode", "1080"))
                    .post(API + blekinge)
                    .then().statusCode(201)
                    .header("Location", containsString(API + blekinge + "/"))
                    .body("countyCode", equalTo("10"))
                    .body("municipalityName", equalTo("Karlskrona"));
        }

        @Test
        @DisplayName("DELETE of an organisation a contact refers to returns 409 and the organisation stays")
        void shouldRefuseDeletingReferencedOrganisation() {
            String contactId = createContact("08", body("name", "Karin Åberg " + marker(), "organisationId", kalmarId));
            long before = countIn("08");

            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(kalmar, kalmarId))
                    .then().spec(problem(409));

            assertKalmarObjectUntouched(before);
            read("08", "contacts", contactId).then().body("organisationId", equalTo(kalmarId));
        }

        @Test
        @DisplayName("DELETE of an organisation whose only contact was erased returns 204")
        void shouldDeleteOrganisationOfErasedContact() {
            String contactId = createContact("08", body("name", "Karin Åberg " + marker(), "organisationId", kalmarId));
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(API + "/counties/08/contacts/" + contactId)
                    .then().statusCode(204);

            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(kalmar, kalmarId))
                    .then().statusCode(204);
            as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId)).then().spec(problem(404));
        }
    }

    @Nested
    @DisplayName("As another member in Kalmar (member2-08)")
    class AsAnotherMemberOfKalmar {

        @Test
        @DisplayName("GET /counties/08/organisations/{id} shows the whole organisation")
        void shouldReadOrganisation() {
            as(Tokens.MEMBER2_08).get(one(kalmar, kalmarId)).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("name", equalTo(kalmarName()))
                    .body("municipalityName", equalTo("Kalmar"));
        }
    }

    @Nested
    @DisplayName("Filtering and searching (as coordinator-08)")
    class FilteringAndSearching {

        String marker;

        @BeforeEach
        void newMarker() {
            marker = marker();
        }

        @Test
        @DisplayName("?type=POLICE lists only police")
        void shouldFilterByType() {
            String police = createOrganisation("08", body("name", "Lokalpolisområde Kalmar " + marker, "type", "POLICE"));
            createOrganisation("08", body("name", "Nattvandrarna " + marker, "type", "CIVIL_SOCIETY"));

            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("type", "POLICE").get(API + kalmar)
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

            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("municipalityCode", "0882").get(API + kalmar)
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

            as(Tokens.COORDINATOR_08).queryParam("q", name.toUpperCase(Locale.ROOT)).get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(id)).body("items.name", contains(name));
            as(Tokens.COORDINATOR_08).queryParam("q", "öLANDS kommunFÖRBUND " + marker).get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(id));
            as(Tokens.COORDINATOR_08).queryParam("q", "ölandsbron " + marker).get(API + kalmar)
                    .then().statusCode(200).body("totalItems", is(0));
        }

        @Test
        @DisplayName("?q= matches the organisation number")
        void shouldSearchOrganisationNumber() {
            // a random number may have been used by an earlier run on the same database: every match must have it
            String number = Fixtures.uniqueOrganisationNumber();
            String id = createOrganisation("08", body("name", "Trygga Företag AB " + marker, "type", "BUSINESS",
                    "organisationNumber", number));

            as(Tokens.COORDINATOR_08).queryParam("q", number).queryParam("size", 200).get(API + kalmar)
                    .then().statusCode(200)
                    .body("items.id", hasItem(id))
                    .body("items.organisationNumber", everyItem(equalTo(number)));
            // written as accepted on input, without the hyphen
            as(Tokens.COORDINATOR_08).queryParam("q", number.replace("-", "")).queryParam("size", 200)
                    .get(API + kalmar)
                    .then().statusCode(200)
                    .body("items.id", hasItem(id))
                    .body("items.organisationNumber", everyItem(equalTo(number)));
        }

        @Test
        @DisplayName("?q= finds Å whether it was written as one character or as A and a combining ring, either way round")
        void shouldFindSwedishLettersWrittenEitherWay() {
            // stored as given: one name composed (NFC, as keyboards type it), one decomposed (NFD, as some systems paste it)
            String composed = createOrganisation("08", "Åbergs förening " + marker);
            String decomposed = createOrganisation("08", "A\u030Aseda fo\u0308rening " + marker);
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/" + decomposed).then().statusCode(200)
                    .body("name", equalTo("A\u030Aseda fo\u0308rening " + marker));

            as(Tokens.COORDINATOR_08).queryParam("q", "åseda förening " + marker).get(API + kalmar).then()
                    .statusCode(200).body("items.id", contains(decomposed));
            as(Tokens.COORDINATOR_08).queryParam("q", "a\u030Abergs fo\u0308rening " + marker).get(API + kalmar).then()
                    .statusCode(200).body("items.id", contains(composed));
            as(Tokens.COORDINATOR_08).queryParam("q", "förening " + marker).queryParam("sort", "name,asc")
                    .get(API + kalmar).then().statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(composed, decomposed));
        }

        @Test
        @DisplayName("?q=- finds names with a hyphen, not every organisation that has a number")
        void shouldNotTakeAHyphenForEveryNumber() {
            String id = createOrganisation("08", body("name", "Trygga Företag AB " + marker, "type", "BUSINESS",
                    "organisationNumber", Fixtures.uniqueOrganisationNumber()));
            String hyphenated = createOrganisation("08", "Kalmar-Öland " + marker);
            for (String q : List.of("-", " - ")) {
                as(Tokens.COORDINATOR_08).queryParam("q", q).queryParam("size", 200).get(API + kalmar)
                        .then().statusCode(200)
                        .body("items.id", not(hasItem(id)))
                        .body("items.name", everyItem(containsString("-")));
            }
            as(Tokens.COORDINATOR_08).queryParam("q", "-Öland " + marker).get(API + kalmar).then().statusCode(200)
                    .body("items.id", contains(hyphenated));
        }

        @Test
        @DisplayName("?q= takes % and _ literally")
        void shouldTakeWildcardsLiterally() {
            String literal = createOrganisation("08", marker + " 100% trygg");
            createOrganisation("08", marker + " 1000 trygg");

            as(Tokens.COORDINATOR_08).queryParam("q", marker + " 100%").get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(literal));
            as(Tokens.COORDINATOR_08).queryParam("q", marker + " 1_0").get(API + kalmar)
                    .then().statusCode(200).body("totalItems", is(0));
        }
    }
}
