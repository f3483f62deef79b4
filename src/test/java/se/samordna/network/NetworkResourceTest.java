package se.samordna.network;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/** Networks: the county resource contract, plus unique names, ?mine=true, the reach view and the member export. */
@QuarkusTest
@DisplayName("Networks")
@CountyResource(collection = "networks", noun = "network")
class NetworkResourceTest extends CountyResourceContract {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    /** The twelve municipalities of Kalmar län, in Swedish order. */
    static final List<String> KALMAR_MUNICIPALITIES = List.of("Borgholm", "Emmaboda", "Hultsfred", "Högsby",
            "Kalmar", "Mönsterås", "Mörbylånga", "Nybro", "Oskarshamn", "Torsås", "Vimmerby", "Västervik");

    @Override
    protected Write newKalmarObject() {
        return Write.of(body("name", "Kalmar läns nätverk för kommuner och kommunpoliser " + marker(),
                "purpose", "Erfarenhetsutbyte mellan kommunernas samordnare och kommunpoliserna", "status", "ACTIVE"));
    }

    @Override
    protected Map<String, Object> validWrite() {
        return body("name", "Trygghetsnätverket " + marker(), "status", "ACTIVE");
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body("name", name, "status", "ACTIVE");
    }

    @Override
    protected Write fullCreate() {
        return Write.of(body("name", "Ölands brottsförebyggande nätverk " + marker(),
                "purpose", "Borgholm och Mörbylånga tillsammans med civilsamhället", "status", "CLOSED"));
    }

    @Override
    protected Write replacement() {
        return Write.of(body("name", "Nätverket för lokala BRÅ " + marker(), "status", "CLOSED"))
                .answering("purpose", nullValue());
    }

    @Override
    protected Write changingPatch() {
        return Write.of(body("name", "Kalmarsundsnätverket – Åby och Ödeshög " + marker()));
    }

    @Override
    protected Write removingPatch() {
        return Write.of(body("purpose", null));
    }

    @Override
    protected Stream<Arguments> badBodies() {
        return Stream.of(
                arguments(named("no name", "{\"status\": \"ACTIVE\"}"), "name"),
                arguments(named("a blank name", "{\"name\": \"  \", \"status\": \"ACTIVE\"}"), "name"),
                arguments(named("a name of 201 characters",
                        "{\"name\": \"" + "Ä".repeat(201) + "\", \"status\": \"ACTIVE\"}"), "name"),
                arguments(named("a name that is a number", "{\"name\": 5, \"status\": \"ACTIVE\"}"), "name"),
                arguments(named("no status", "{\"name\": \"BRON\"}"), "status"),
                arguments(named("\"status\": \"OPEN\"", "{\"name\": \"BRON\", \"status\": \"OPEN\"}"), "status"),
                arguments(named("\"status\": 1", "{\"name\": \"BRON\", \"status\": 1}"), "status"),
                arguments(named("an unknown field members",
                        "{\"name\": \"BRON\", \"status\": \"ACTIVE\", \"members\": []}"), "members"));
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.of(
                arguments(named("\"status\": null", "{\"status\": null}"), "status"),
                arguments(named("\"status\": \"OPEN\"", "{\"status\": \"OPEN\"}"), "status"),
                arguments(named("\"name\": null", "{\"name\": null}"), "name"),
                arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"));
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"name\": \"BRON\", \"status\": ", "[{\"name\": \"BRON\", \"status\": \"ACTIVE\"}]",
                "\"BRON\"", "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.of("{\"name\": ", "[{\"name\": \"BRON\"}]", "\"BRON\"", "null");
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(arguments("status=OPEN", "status"), arguments("mine=yes", "mine"));
    }

    static String memberships(String countyCode, String networkId) {
        return API + "/counties/" + countyCode + "/networks/" + networkId + "/memberships";
    }

    static String addMember(String countyCode, String networkId, Map<String, ?> body) {
        return as(Fixtures.coordinatorOf(countyCode)).contentType(ContentType.JSON).body(body)
                .post(memberships(countyCode, networkId)).then().statusCode(201).extract().path("id");
    }

    @Nested
    @DisplayName("Network rules (as coordinators)")
    class NetworkRules {

        @Test
        @DisplayName("POST with the name of another Kalmar network in other case returns 409 naming name and writes nothing")
        void shouldRefuseDuplicateName() {
            long before = countIn("08");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("name", "  " + kalmarName().toUpperCase(Locale.ROOT) + " ", "status", "ACTIVE"))
                    .post(API + kalmar)
                    .then().spec(problem(409)).body("errors.field", contains("name"));
            assertKalmarObjectUntouched(before);
        }

        @Test
        @DisplayName("PATCH renaming a network to another's name (Å for å) returns 409 and changes nothing")
        void shouldRefuseRenamingToTakenName() {
            String name = "Ålänningarnas nätverk " + marker();
            createIn("08", body("name", name, "status", "ACTIVE"));
            long before = countIn("08");
            mergePatch(as(Tokens.COORDINATOR_08), body("name", name.toLowerCase(Locale.ROOT)))
                    .header("If-Match", "\"0\"").patch(one(kalmar, kalmarId))
                    .then().spec(problem(409)).body("errors.field", contains("name"));
            assertKalmarObjectUntouched(before);
        }

        @Test
        @DisplayName("the same name in Blekinge is another county's and is accepted; a network keeps its own name on PUT")
        void shouldAllowSameNameElsewhere() {
            createIn("10", body("name", kalmarName(), "status", "ACTIVE"));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("name", kalmarName(), "status", "CLOSED")).put(one(kalmar, kalmarId))
                    .then().statusCode(200).body("status", equalTo("CLOSED")).header("ETag", "\"1\"");
        }

        @Test
        @DisplayName("DELETE of a network with memberships returns 409 and the network stays")
        void shouldRefuseDeletingNetworkWithMembers() {
            addMember("08", kalmarId, body("organisationId", createOrganisation("08", "Förening " + marker()),
                    "role", "MEMBER", "joinedOn", "2025-01-01"));
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(kalmar, kalmarId))
                    .then().spec(problem(409));
            readIn("08", kalmarId).then().body("name", equalTo(kalmarName()));
        }

        @Test
        @DisplayName("?status=CLOSED lists only closed networks")
        void shouldFilterByStatus() {
            String marker = marker();
            String closed = createIn("08", body("name", "Stängt " + marker, "status", "CLOSED"));
            createIn("08", body("name", "Öppet " + marker, "status", "ACTIVE"));
            as(Tokens.MEMBER_08).queryParam("q", marker).queryParam("status", "CLOSED").get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(closed));
        }
    }

    @Nested
    @DisplayName("?mine=true")
    class Mine {

        @Test
        @DisplayName("member-08 lists the networks its contact belongs to today: not those it left or not yet joined")
        void shouldListOwnNetworks() {
            String marker = marker();
            String contact = Fixtures.linkedContactOf(Tokens.MEMBER_08);
            String current = createIn("08", body("name", "Nuvarande " + marker, "status", "ACTIVE"));
            String left = createIn("08", body("name", "Lämnat " + marker, "status", "ACTIVE"));
            String future = createIn("08", body("name", "Framtida " + marker, "status", "ACTIVE"));
            createIn("08", body("name", "Aldrig " + marker, "status", "ACTIVE"));
            String other = createIn("08", body("name", "Annans " + marker, "status", "ACTIVE"));
            addMember("08", current, body("contactId", contact, "role", "CHAIR", "joinedOn", "2024-01-01"));
            addMember("08", left, body("contactId", contact, "role", "MEMBER", "joinedOn", "2024-01-01",
                    "leftOn", TODAY.toString()));
            addMember("08", future, body("contactId", contact, "role", "MEMBER",
                    "joinedOn", TODAY.plusDays(1).toString()));
            addMember("08", other, body("contactId", Fixtures.linkedContactOf(Tokens.MEMBER2_08), "role", "MEMBER",
                    "joinedOn", "2024-01-01"));

            as(Tokens.MEMBER_08).queryParam("q", marker).queryParam("mine", "true").get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(current)).body("totalItems", is(1));
            as(Tokens.MEMBER2_08).queryParam("q", marker).queryParam("mine", "true").get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(other));
            as(Tokens.MEMBER_08).queryParam("q", marker).queryParam("mine", "false").get(API + kalmar)
                    .then().statusCode(200).body("totalItems", is(5));
        }

        @Test
        @DisplayName("a login linked to no contact of the county gets 403 no-linked-contact")
        void shouldRequireLinkedContact() {
            as(Tokens.IMPORTER_08).queryParam("mine", "true").get(API + kalmar)
                    .then().spec(problem(403)).body("type", containsString("no-linked-contact"));
            as(Tokens.COORDINATOR_10).queryParam("mine", "true").get(API + blekinge)
                    .then().spec(problem(403)).body("type", containsString("no-linked-contact"));
        }
    }

    @Nested
    @DisplayName("GET …/{id}/reach")
    class Reach {

        @Test
        @DisplayName("counts today's members by organisation type and municipality and names the municipalities not reached")
        void shouldShowReach() {
            String marker = marker();
            String network = createIn("08", body("name", "Räckvidd " + marker, "status", "ACTIVE"));
            String kalmarKommun = organisation("Kalmar kommun " + marker, "MUNICIPALITY", "0880");
            String kalmarForening = organisation("Trygga Kalmar " + marker, "CIVIL_SOCIETY", "0880");
            String nybro = organisation("Nybro kommun " + marker, "MUNICIPALITY", "0881");
            String police = organisation("Polisområde Kalmar län " + marker, "POLICE", null);
            String borgholm = organisation("Borgholms kommun " + marker, "MUNICIPALITY", "0885");
            String emmaboda = organisation("Emmaboda kommun " + marker, "MUNICIPALITY", "0862");
            member(network, kalmarKommun, "2024-01-01", null);
            member(network, kalmarForening, "2025-03-01", null);
            member(network, nybro, "2024-06-01", null);
            member(network, police, "2024-01-01", null);
            member(network, borgholm, "2024-01-01", "2025-01-01");
            member(network, emmaboda, TODAY.plusDays(1).toString(), null);
            // a contact without an organisation counts as a member without type or municipality
            addMember("08", network, body("contactId", createContact("08", body("name", "Åke Öberg " + marker)),
                    "role", "MEMBER", "joinedOn", "2024-01-01"));

            as(Tokens.MEMBER_08).get(one(kalmar, network) + "/reach").then().statusCode(200)
                    .body("networkId", equalTo(network))
                    .body("at", equalTo(TODAY.toString()))
                    .body("members", is(5))
                    .body("byOrganisationType.organisationType", contains("CIVIL_SOCIETY", "MUNICIPALITY", "POLICE"))
                    .body("byOrganisationType.members", contains(1, 2, 1))
                    .body("byMunicipality.municipalityName", contains("Kalmar", "Nybro"))
                    .body("byMunicipality.members", contains(2, 1))
                    .body("withoutMunicipality", is(2))
                    .body("municipalitiesWithoutMember.municipalityName", contains(
                            KALMAR_MUNICIPALITIES.stream().filter(m -> !m.equals("Kalmar") && !m.equals("Nybro"))
                                    .toArray()));

            as(Tokens.COORDINATOR_08).queryParam("at", "2024-12-31").get(one(kalmar, network) + "/reach")
                    .then().statusCode(200)
                    .body("members", is(5))
                    .body("byMunicipality.municipalityName", contains("Borgholm", "Kalmar", "Nybro"))
                    .body("byMunicipality.members", contains(1, 1, 1));
        }

        @Test
        @DisplayName("a network without members reaches no municipality, to members and the importer too; other counties get 403 or 404")
        void shouldShowEmptyReachAndHideOtherCounties() {
            as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId) + "/reach").then().statusCode(200)
                    .body("members", is(0))
                    .body("byOrganisationType", empty())
                    .body("byMunicipality", empty())
                    .body("municipalitiesWithoutMember.municipalityName", contains(KALMAR_MUNICIPALITIES.toArray()));
            String blekinge = createIn("10", body("name", "Blekinge " + marker(), "status", "ACTIVE"));
            as(Tokens.COORDINATOR_0810).get(one(kalmar, blekinge) + "/reach").then().spec(problem(404));
            as(Tokens.COORDINATOR_08).queryParam("at", "2024-13-01").get(one(kalmar, kalmarId) + "/reach")
                    .then().spec(problem(400)).body("errors.field", contains("at"));
            as(Tokens.MEMBER_08).get(one(kalmar, kalmarId) + "/reach").then().statusCode(200).body("members", is(0));
            as(Tokens.IMPORTER_08).get(one(kalmar, kalmarId) + "/reach").then().statusCode(200);
            as(Tokens.COORDINATOR_10).get(one(kalmar, kalmarId) + "/reach").then().spec(problem(403));
            as(Tokens.ANALYST).get(one(kalmar, kalmarId) + "/reach").then().spec(problem(403));
            RestAssured.given().get(one(kalmar, kalmarId) + "/reach").then().spec(problem(401));
        }

        private String organisation(String name, String type, String municipality) {
            return createOrganisation("08", body("name", name, "type", type, "municipalityCode", municipality));
        }

        private void member(String network, String organisation, String joinedOn, String leftOn) {
            addMember("08", network, body("organisationId", organisation, "role", "MEMBER", "joinedOn", joinedOn,
                    "leftOn", leftOn));
        }
    }

    @Nested
    @DisplayName("GET …/{id}/memberships.csv")
    class Export {

        @Test
        @DisplayName("coordinators get the members as UTF-8 CSV with a header row; Swedish names come back intact, a phone as text")
        void shouldExportCsv() throws IOException {
            String marker = marker();
            String organisation = createOrganisation("08", body("name", "Föreningen Trygg på Öland " + marker,
                    "type", "CIVIL_SOCIETY", "municipalityCode", "0885"));
            String contact = createContact("08", body("name", "Per-Åke Lindström, \"Pelle\" " + marker,
                    "organisationId", organisation, "email", "pa.lindstrom@oland.example", "title", "Ordförande",
                    "phone", "+46 485-123 45"));
            addMember("08", kalmarId, body("contactId", contact, "role", "CHAIR", "joinedOn", "2024-02-01"));
            addMember("08", kalmarId, body("organisationId", createOrganisation("08", "Ölands kommunförbund " + marker),
                    "role", "MEMBER", "joinedOn", "2023-01-01", "leftOn", "2024-01-01"));

            Response response = as(Tokens.COORDINATOR_08).accept("text/csv")
                    .get(one(kalmar, kalmarId) + "/memberships.csv");
            response.then().statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", containsString("attachment"));
            String csv = new String(response.asByteArray(), StandardCharsets.UTF_8);
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
            assertEquals(1, records.size(), csv);
            CSVRecord chair = records.getFirst();
            assertEquals("Per-Åke Lindström, \"Pelle\" " + marker, chair.get("name"));
            assertEquals("Föreningen Trygg på Öland " + marker, chair.get("organisation"));
            assertEquals("Borgholm", chair.get("municipality"));
            assertEquals("CHAIR", chair.get("role"));
            assertEquals("2024-02-01", chair.get("joinedOn"));
            assertEquals("", chair.get("leftOn"));
            assertEquals("pa.lindstrom@oland.example", chair.get("email"));
            // a spreadsheet would take +46 … for a formula: the cell starts with an apostrophe (SpreadsheetCsv)
            assertEquals("'+46 485-123 45", chair.get("phone"));
            assertEquals(contact, chair.get("contactId"));

            String everyone = new String(as(Tokens.COORDINATOR_08).queryParam("includeFormer", "true")
                    .queryParam("sort", "joinedOn,asc").get(one(kalmar, kalmarId) + "/memberships.csv")
                    .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
            List<CSVRecord> all = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(everyone)).getRecords();
            assertEquals(List.of("Ölands kommunförbund " + marker, "Föreningen Trygg på Öland " + marker),
                    all.stream().map(r -> r.get("organisation")).toList());
        }

        @Test
        @DisplayName("members, importers and other counties' coordinators get 403; a Blekinge network under Kalmar 404")
        void shouldExportToCoordinatorsOnly() {
            String path = one(kalmar, kalmarId) + "/memberships.csv";
            as(Tokens.MEMBER_08).get(path).then().spec(problem(403));
            as(Tokens.IMPORTER_08).get(path).then().spec(problem(403));
            as(Tokens.COORDINATOR_10).get(path).then().spec(problem(403));
            as(Tokens.ANALYST).get(path).then().spec(problem(403));
            RestAssured.given().get(path).then().spec(problem(401));
            String blekinge = createIn("10", body("name", "Blekinge " + marker(), "status", "ACTIVE"));
            as(Tokens.COORDINATOR_0810).get(one(kalmar, blekinge) + "/memberships.csv").then().spec(problem(404));
            as(Tokens.COORDINATOR_08).queryParam("role", "BOSS").get(path)
                    .then().spec(problem(400)).body("errors.field", contains("role"));
        }
    }
}
