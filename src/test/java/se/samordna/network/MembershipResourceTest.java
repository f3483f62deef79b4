package se.samordna.network;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
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
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Operation;
import se.samordna.testing.Tokens;

/**
 * Memberships of a network, a collection nested under its network: the county resource contract (every persona by
 * every operation, versions, paging, bad input, history), plus their own rules: who may be a member, overlapping
 * dates, who was a member on which day, a closed network, filters and sorting.
 */
@QuarkusTest
@DisplayName("Memberships")
@CountyResource(parent = "networks", collection = "memberships", noun = "membership", nameField = "")
class MembershipResourceTest extends CountyResourceContract {

    /** The test's Kalmar network ({@link #kalmarParentId}) and Karin, its chair since 2024-02-01, of Kalmar kommun. */
    String networkId;
    String organisationId;
    String contactId;
    /** Karin's membership: the contract's Kalmar object. */
    String membershipId;

    @Override
    protected String newParent(String countyCode) {
        return network(countyCode, (countyCode.equals("08") ? "Kalmar läns nätverk " : "Blekinges nätverk ")
                + marker());
    }

    @Override
    protected Write newKalmarObject() {
        networkId = kalmarParentId;
        nextMember = 0;
        synchronized (MEMBER_ORGANISATIONS) {
            MEMBER_ORGANISATIONS.forEach((county, organisations) -> {
                while (organisations.size() < 8) {
                    organisations.add(createOrganisation(county, "Föreningen Trygg " + marker()));
                }
            });
        }
        String marker = marker();
        organisationId = createOrganisation("08", body("name", "Kalmar kommun " + marker, "type", "MUNICIPALITY",
                "municipalityCode", "0880"));
        contactId = createContact("08", body("name", "Karin Åberg " + marker, "email", "karin.aberg@kalmar.example",
                "phone", "+46 480-45 00 00", "organisationId", organisationId));
        return Write.of(body("contactId", contactId, "role", "CHAIR", "joinedOn", "2024-02-01"))
                .answering("organisationId", equalTo(organisationId)).answering("leftOn", nullValue());
    }

    @BeforeEach
    void rememberKalmarMembership() {
        membershipId = kalmarId;
    }

    /**
     * Kalmar organisations that {@link #validWrite()} names in turn, made once for the class: the contract calls
     * validWrite() after taking its snapshot of what was written, so it may not write an organisation itself.
     */
    private static final Map<String, List<String>> MEMBER_ORGANISATIONS = Map.of("08", new ArrayList<>(),
            "10", new ArrayList<>());
    private int nextMember;

    /** A valid membership of an organisation alone: every call of a test names another one, so none overlaps. */
    @Override
    protected Map<String, Object> validWrite() {
        return validWrite("08");
    }

    /** In Blekinge, a membership of a Blekinge organisation: a Kalmar one would be refused there (400). */
    @Override
    protected Map<String, Object> validWrite(String countyCode) {
        List<String> organisations = MEMBER_ORGANISATIONS.get(countyCode);
        return body("organisationId", organisations.get(nextMember++ % organisations.size()), "role", "MEMBER",
                "joinedOn", "2025-01-01");
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body("organisationId", createOrganisation(countyCode, name), "role", "MEMBER", "joinedOn",
                "2025-01-01");
    }

    @Override
    protected Write fullCreate() {
        String marker = marker();
        String police = createOrganisation("08", body("name", "Kommunpolisen Kalmar " + marker, "type", "POLICE"));
        String officer = createContact("08", body("name", "Örjan Ängström " + marker, "organisationId", police));
        return Write.of(body("contactId", officer, "organisationId", police, "role", "COORDINATOR",
                "joinedOn", "2024-09-01", "leftOn", "2099-01-01"));
    }

    /** Karin's membership becomes an organisation's alone, in another role and from another day, open-ended. */
    @Override
    protected Write replacement() {
        return Write.of(body("organisationId", createOrganisation("08", "Nybro kommun " + marker()),
                "role", "MEMBER", "joinedOn", "2023-05-01"))
                .answering("contactId", nullValue()).answering("leftOn", nullValue());
    }

    @Override
    protected Write changingPatch() {
        return Write.of(body("role", "COORDINATOR", "leftOn", "2099-06-01"));
    }

    @Override
    protected Write removingPatch() {
        return Write.of(body("leftOn", null));
    }

    @Override
    protected Stream<Arguments> badBodies() {
        return Stream.of(
                arguments(named("\"role\": \"BOSS\"",
                        "{\"organisationId\": \"%s\", \"role\": \"BOSS\", \"joinedOn\": \"2025-01-01\"}"), "role"),
                arguments(named("no role", "{\"organisationId\": \"%s\", \"joinedOn\": \"2025-01-01\"}"), "role"),
                arguments(named("no joinedOn", "{\"organisationId\": \"%s\", \"role\": \"MEMBER\"}"), "joinedOn"),
                arguments(named("\"joinedOn\": \"2025-02-30\"",
                        "{\"organisationId\": \"%s\", \"role\": \"MEMBER\", \"joinedOn\": \"2025-02-30\"}"),
                        "joinedOn"),
                arguments(named("leftOn the day of joining", "{\"organisationId\": \"%s\", \"role\": \"MEMBER\", "
                        + "\"joinedOn\": \"2025-01-01\", \"leftOn\": \"2025-01-01\"}"), "leftOn"),
                arguments(named("leftOn before joinedOn", "{\"organisationId\": \"%s\", \"role\": \"MEMBER\", "
                        + "\"joinedOn\": \"2025-01-01\", \"leftOn\": \"2024-12-31\"}"), "leftOn"),
                arguments(named("\"organisationId\": \"nope\"",
                        "{\"organisationId\": \"nope\", \"role\": \"MEMBER\", \"joinedOn\": \"2025-01-01\"}"),
                        "organisationId"),
                arguments(named("an unknown field colour", "{\"organisationId\": \"%s\", \"role\": \"MEMBER\", "
                        + "\"joinedOn\": \"2025-01-01\", \"colour\": 1}"), "colour"));
    }

    /** A bad body names a real Kalmar organisation, so that only the named field is wrong. */
    @Override
    protected String resolve(String badBody) {
        return badBody.replace("%s", organisationId);
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.of(
                arguments(named("\"role\": null", "{\"role\": null}"), "role"),
                arguments(named("\"role\": \"BOSS\"", "{\"role\": \"BOSS\"}"), "role"),
                arguments(named("\"joinedOn\": null", "{\"joinedOn\": null}"), "joinedOn"),
                arguments(named("leftOn before joinedOn", "{\"leftOn\": \"2024-01-31\"}"), "leftOn"),
                arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"));
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"role\": \"MEMBER\", \"joinedOn\": ", "[{\"role\": \"MEMBER\"}]", "\"MEMBER\"",
                "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.of("{\"role\": ", "[{\"role\": \"MEMBER\"}]", "\"MEMBER\"", "null");
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(
                arguments("role=BOSS", "role"),
                arguments("organisationType=CLUB", "organisationType"),
                arguments("at=yesterday", "at"),
                arguments("includeFormer=maybe", "includeFormer"),
                arguments("sort=email", "sort"),
                arguments("sort=name,sideways", "sort"),
                arguments("size=201", "size"),
                arguments("at=2025-01-01&includeFormer=true", "includeFormer"));
    }

    static String network(String countyCode, String name) {
        return Fixtures.create(countyCode, "networks", body("name", name, "status", "ACTIVE"));
    }

    static String collection(String countyCode, String networkId) {
        return "/counties/" + countyCode + "/networks/" + networkId + "/memberships";
    }

    /** Adds a membership as the collection's county coordinator and returns its id. */
    static String add(String collection, Map<String, ?> body) {
        String county = collection.substring("/counties/".length(), "/counties/".length() + 2);
        return as(Fixtures.coordinatorOf(county)).contentType(ContentType.JSON).body(body).post(API + collection)
                .then().statusCode(201).extract().path("id");
    }

    @Nested
    @DisplayName("A membership as coordinator-08 reads it")
    class AsCoordinatorOfKalmar {

        @Test
        @DisplayName("GET shows names, organisation, its type and municipality; a contact's organisation is taken when none is given")
        void shouldShowMembership() {
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/" + membershipId).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("countyCode", equalTo("08"))
                    .body("networkId", equalTo(networkId))
                    .body("contactName", equalTo(Fixtures.read("08", "contacts", contactId).path("name")))
                    .body("organisationId", equalTo(organisationId))
                    .body("organisationType", equalTo("MUNICIPALITY"))
                    .body("municipalityName", equalTo("Kalmar"))
                    .body("role", equalTo("CHAIR"))
                    .body("$", not(hasKey("email")))
                    .body("$", not(hasKey("phone")));
        }

        @Test
        @DisplayName("history: created, left, deleted, as membership events with their states")
        void shouldKeepHistory() {
            mergePatch(as(Tokens.COORDINATOR_08), body("leftOn", "2026-01-01")).header("If-Match", "\"0\"")
                    .patch(API + kalmar + "/" + membershipId).then().statusCode(200).header("ETag", "\"1\"");
            as(Tokens.COORDINATOR_08).header("If-Match", "\"1\"").delete(API + kalmar + "/" + membershipId)
                    .then().statusCode(204);
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/" + membershipId).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/" + membershipId + "/history").then().statusCode(200)
                    .body("items.action", contains("CREATED", "UPDATED", "DELETED"))
                    .body("items.resourceType", contains("membership", "membership", "membership"))
                    .body("items[0].state.leftOn", nullValue())
                    .body("items[1].state.leftOn", equalTo("2026-01-01"))
                    .body("items[2].state", nullValue());
        }

        @Test
        @DisplayName("erasing the member's contact keeps the membership, without the person's name, also in its history; it can still be ended")
        void shouldForgetErasedContact() {
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(API + "/counties/08/contacts/" + contactId)
                    .then().statusCode(204);
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/" + membershipId).then().statusCode(200)
                    .body("contactId", equalTo(contactId)).body("contactName", nullValue())
                    .body("organisationId", equalTo(organisationId));
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/" + membershipId + "/history").then().statusCode(200)
                    .body("items[0].state.contactId", equalTo(contactId))
                    .body("items[0].state", not(hasKey("contactName")))
                    .body("items[0].state.organisationName", not(nullValue()));
            // the membership stays editable: it can still be ended, naming the erased contact as it was stored
            mergePatch(as(Tokens.COORDINATOR_08), body("leftOn", "2026-12-01")).header("If-Match", "\"0\"")
                    .patch(API + kalmar + "/" + membershipId).then().statusCode(200).header("ETag", "\"1\"")
                    .body("contactId", equalTo(contactId)).body("organisationId", equalTo(organisationId))
                    .body("leftOn", equalTo("2026-12-01"));
            // but the erased contact is no contact to name in a new membership
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("contactId", contactId, "role", "MEMBER", "joinedOn", "2027-01-01"))
                    .post(API + kalmar).then().spec(problem(400)).body("errors.field", contains("contactId"));
        }

    }

    @Nested
    @DisplayName("Under another network of the same county (as coordinator-0810)")
    class UnderAnotherNetwork {

        @ParameterizedTest(name = "{0} of a Kalmar membership under another Kalmar network returns 404 and changes nothing")
        @EnumSource(value = Operation.class, names = { "GET", "REPLACE", "PATCH", "DELETE", "HISTORY" })
        void shouldNotFindMembershipUnderAnotherNetwork(Operation operation) {
            String other = collection("08", network("08", "Ett annat nätverk " + marker()));
            Map<String, Object> write = validWrite();
            Snapshot before = snapshot();
            operation.call(as(Tokens.COORDINATOR_0810), other, membershipId, write).then().spec(problem(404));
            assertNothingWritten(before);
        }
    }

    @Nested
    @DisplayName("What a member sees (member-08)")
    class AsMemberOfKalmar {

        @Test
        @DisplayName("the list shows names, organisations and roles but no contact details")
        void shouldSeeNoContactDetails() {
            as(Tokens.MEMBER_08).get(API + kalmar).then().statusCode(200)
                    .body("items.id", contains(membershipId))
                    .body("items[0].contactName", equalTo(Fixtures.read("08", "contacts", contactId).path("name")))
                    .body("items[0].organisationName", not(nullValue()))
                    .body("items[0].role", equalTo("CHAIR"))
                    .body("items[0]", not(hasKey("email")))
                    .body("items[0]", not(hasKey("phone")))
                    .body("items[0]", not(hasKey("loginUsername")));
            as(Tokens.MEMBER_08).get(API + kalmar + "/" + membershipId).then().statusCode(200)
                    .body("$", not(hasKey("email"))).body("$", not(hasKey("phone")))
                    .body("$", not(hasKey("loginUsername")));
        }
    }


    @Nested
    @DisplayName("Who may be a member (as coordinator-08)")
    class WhoMayBeAMember {

        @Test
        @DisplayName("POST with a contact of Blekinge returns 400 naming contactId and writes nothing")
        void shouldRefuseContactOfAnotherCounty() {
            String blekingeContact = createContact("10", body("name", "Björn Hägg " + marker()));
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("contactId", blekingeContact, "role", "MEMBER", "joinedOn", "2025-01-01"))
                    .post(API + kalmar).then().spec(problem(400)).body("errors.field", contains("contactId"));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("contactId", blekingeContact, "role", "CHAIR", "joinedOn", "2024-02-01"))
                    .put(API + kalmar + "/" + membershipId).then().spec(problem(400))
                    .body("errors.field", contains("contactId"));
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("POST with an organisation of Blekinge returns 400 naming organisationId and writes nothing")
        void shouldRefuseOrganisationOfAnotherCounty() {
            String blekingeOrganisation = createOrganisation("10", "Karlskrona kommun " + marker());
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("organisationId", blekingeOrganisation, "role", "MEMBER", "joinedOn", "2025-01-01"))
                    .post(API + kalmar).then().spec(problem(400)).body("errors.field", contains("organisationId"));
            mergePatch(as(Tokens.COORDINATOR_08), body("organisationId", blekingeOrganisation))
                    .header("If-Match", "\"0\"").patch(API + kalmar + "/" + membershipId)
                    .then().spec(problem(400)).body("errors.field", contains("organisationId"));
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("POST and PUT with neither contact nor organisation return 400 naming both and write nothing")
        void shouldRequireContactOrOrganisation() {
            String neither = "{\"role\": \"MEMBER\", \"joinedOn\": \"2025-01-01\"}";
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(neither).post(API + kalmar)
                    .then().spec(problem(400)).body("errors.field", containsInAnyOrder("contactId", "organisationId"));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(neither)
                    .put(API + kalmar + "/" + membershipId)
                    .then().spec(problem(400)).body("errors.field", containsInAnyOrder("contactId", "organisationId"));
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("a membership of an organisation alone names no contact and shows the organisation")
        void shouldAcceptOrganisationAlone() {
            String police = createOrganisation("08", body("name", "Polisområde Kalmar län " + marker(), "type", "POLICE"));
            String id = add(kalmar, body("organisationId", police, "role", "MEMBER", "joinedOn", "2024-01-01"));
            as(Tokens.MEMBER_08).get(API + kalmar + "/" + id).then().statusCode(200)
                    .body("contactId", nullValue()).body("contactName", nullValue())
                    .body("organisationType", equalTo("POLICE")).body("municipalityCode", nullValue());
        }
    }

    @Nested
    @DisplayName("Overlapping memberships (as coordinator-08)")
    class Overlaps {

        @Test
        @DisplayName("a second membership of the same contact while the first lasts returns 409 and writes nothing")
        void shouldRefuseOverlappingContact() {
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("contactId", contactId, "role", "MEMBER", "joinedOn", "2025-06-01"))
                    .post(API + kalmar).then().spec(problem(409));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("contactId", contactId, "role", "MEMBER", "joinedOn", "2023-01-01", "leftOn", "2024-02-02"))
                    .post(API + kalmar).then().spec(problem(409));
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("leaving then joining again the day of leaving is allowed; extending the first over the second is 409")
        void shouldAllowAdjacentButNotOverlapping() {
            mergePatch(as(Tokens.COORDINATOR_08), body("leftOn", "2024-06-01")).header("If-Match", "\"0\"")
                    .patch(API + kalmar + "/" + membershipId).then().statusCode(200);
            String again = add(kalmar, body("contactId", contactId, "role", "MEMBER", "joinedOn", "2024-06-01"));
            mergePatch(as(Tokens.COORDINATOR_08), body("leftOn", "2024-06-02")).header("If-Match", "\"1\"")
                    .patch(API + kalmar + "/" + membershipId).then().spec(problem(409));
            mergePatch(as(Tokens.COORDINATOR_08), body("leftOn", null)).header("If-Match", "\"1\"")
                    .patch(API + kalmar + "/" + membershipId).then().spec(problem(409));
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/" + membershipId).then().statusCode(200)
                    .header("ETag", "\"1\"").body("leftOn", equalTo("2024-06-01"));
            as(Tokens.COORDINATOR_08).queryParam("includeFormer", "true").queryParam("sort", "joinedOn,asc")
                    .get(API + kalmar).then().statusCode(200).body("items.id", contains(membershipId, again));
        }

        @Test
        @DisplayName("the same organisation without a contact may not overlap itself, but may beside its people")
        void shouldRefuseOverlappingOrganisation() {
            add(kalmar, body("organisationId", organisationId, "role", "MEMBER", "joinedOn", "2024-01-01"));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("organisationId", organisationId, "role", "MEMBER", "joinedOn", "2025-01-01"))
                    .post(API + kalmar).then().spec(problem(409));
            // the same contact in another network does not overlap anything here
            add(collection("08", network("08", "Annat nätverk " + marker())),
                    body("contactId", contactId, "role", "MEMBER", "joinedOn", "2024-01-01"));
        }
    }

    @Nested
    @DisplayName("Who was a member when (as coordinator-08)")
    class AtADate {

        String history;
        String first;
        String again;
        String police;

        /** Lena joined 2024-01-01, left on 2024-06-01, came back 2025-01-01; the police joined 2024-03-01. */
        @BeforeEach
        void createHistory() {
            String marker = marker();
            history = collection("08", network("08", "Nätverk med historia " + marker));
            String lena = createContact("08", body("name", "Lena Öhman " + marker));
            first = add(history, body("contactId", lena, "role", "MEMBER", "joinedOn", "2024-01-01",
                    "leftOn", "2024-06-01"));
            again = add(history, body("contactId", lena, "role", "CHAIR", "joinedOn", "2025-01-01"));
            police = add(history, body("organisationId", createOrganisation("08", body("name",
                    "Kommunpolisen " + marker, "type", "POLICE")), "role", "MEMBER", "joinedOn", "2024-03-01"));
        }

        @ParameterizedTest(name = "?at={0} lists {1}")
        @CsvSource({
                "2023-12-31, ''",
                "2024-01-01, first",
                "2024-02-29, first",
                "2024-03-01, first police",
                "2024-05-31, first police",
                "2024-06-01, police",
                "2024-12-31, police",
                "2025-01-01, again police" })
        void shouldListMembersOfTheDay(String at, String expected) {
            List<String> ids = expected.isBlank() ? List.of()
                    : java.util.Arrays.stream(expected.split(" ")).map(this::idOf).toList();
            as(Tokens.MEMBER_08).queryParam("at", at).get(API + history).then().statusCode(200)
                    .body("totalItems", is(ids.size()))
                    .body("items.id", containsInAnyOrder(ids.toArray()));
        }

        @Test
        @DisplayName("without at= today's members; includeFormer=true everyone, each membership once")
        void shouldListTodayOrEveryone() {
            as(Tokens.MEMBER_08).get(API + history).then().statusCode(200)
                    .body("items.id", containsInAnyOrder(again, police));
            as(Tokens.MEMBER_08).queryParam("includeFormer", "true").queryParam("sort", "joinedOn,desc")
                    .get(API + history).then().statusCode(200)
                    .body("items.id", contains(again, police, first));
        }

        private String idOf(String name) {
            return switch (name) {
                case "first" -> first;
                case "again" -> again;
                case "police" -> police;
                default -> throw new IllegalArgumentException(name);
            };
        }
    }

    @Nested
    @DisplayName("A closed network (as coordinator-08)")
    class ClosedNetwork {

        @Test
        @DisplayName("keeps its memberships readable and changeable, and refuses new ones with 409")
        void shouldRefuseNewMembers() {
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "CLOSED")).header("If-Match", "\"0\"")
                    .patch(API + "/counties/08/networks/" + networkId).then().statusCode(200)
                    .body("status", equalTo("CLOSED"));
            Map<String, Object> write = validWrite();
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(write).post(API + kalmar)
                    .then().spec(problem(409));
            assertNothingWritten(before);
            as(Tokens.MEMBER_08).get(API + kalmar).then().statusCode(200).body("items.id", contains(membershipId));
            as(Tokens.MEMBER_08).get(API + kalmar + "/" + membershipId).then().statusCode(200);
            mergePatch(as(Tokens.COORDINATOR_08), body("leftOn", "2026-01-01")).header("If-Match", "\"0\"")
                    .patch(API + kalmar + "/" + membershipId).then().statusCode(200)
                    .body("leftOn", equalTo("2026-01-01"));
        }
    }

    @Nested
    @DisplayName("Filtering and sorting (as coordinator-08)")
    class FilteringAndSorting {

        String list;
        String nybroChair;
        String police;
        String civil;

        @BeforeEach
        void createMembers() {
            String marker = marker();
            list = collection("08", network("08", "Filternätverk " + marker));
            String nybro = createOrganisation("08", body("name", "Nybro kommun " + marker, "type", "MUNICIPALITY",
                    "municipalityCode", "0881"));
            nybroChair = add(list, body("contactId", createContact("08", body("name", "Östen Ärlig " + marker,
                    "organisationId", nybro)), "role", "CHAIR", "joinedOn", "2024-05-01"));
            police = add(list, body("organisationId", createOrganisation("08", body("name", "Ölandspolisen " + marker,
                    "type", "POLICE")), "role", "MEMBER", "joinedOn", "2024-01-01"));
            civil = add(list, body("contactId", createContact("08", body("name", "Åsa Zetterlund " + marker,
                    "organisationId", createOrganisation("08", body("name", "Akademiska föreningen " + marker,
                            "type", "CIVIL_SOCIETY", "municipalityCode", "0880")))),
                    "role", "COORDINATOR", "joinedOn", "2024-03-01"));
        }

        @Test
        @DisplayName("?role=, ?organisationType= and ?municipalityCode= filter")
        void shouldFilter() {
            as(Tokens.MEMBER_08).queryParam("role", "CHAIR").get(API + list).then().statusCode(200)
                    .body("items.id", contains(nybroChair));
            as(Tokens.MEMBER_08).queryParam("organisationType", "POLICE").get(API + list).then().statusCode(200)
                    .body("items.id", contains(police));
            as(Tokens.MEMBER_08).queryParam("municipalityCode", "0880").get(API + list).then().statusCode(200)
                    .body("items.id", contains(civil));
        }

        @Test
        @DisplayName("sort=name (Swedish order), organisation and joinedOn; pages")
        void shouldSort() {
            // names: Åsa Zetterlund, Östen Ärlig, and the police without a contact sorts by its organisation, Ölandspolisen
            as(Tokens.MEMBER_08).get(API + list).then().statusCode(200)
                    .body("items.id", contains(civil, police, nybroChair));
            as(Tokens.MEMBER_08).queryParam("sort", "name,desc").get(API + list).then().statusCode(200)
                    .body("items.id", contains(nybroChair, police, civil));
            as(Tokens.MEMBER_08).queryParam("sort", "organisation,asc").get(API + list).then().statusCode(200)
                    .body("items.id", contains(civil, nybroChair, police));
            as(Tokens.MEMBER_08).queryParam("sort", "joinedOn").queryParam("size", 2).get(API + list)
                    .then().statusCode(200).body("items.id", contains(police, civil))
                    .body("totalItems", is(3)).body("totalPages", is(2));
            as(Tokens.MEMBER_08).queryParam("sort", "joinedOn").queryParam("size", 2).queryParam("page", 1)
                    .get(API + list).then().statusCode(200).body("items.id", contains(nybroChair));
        }

        @Test
        @DisplayName("a network of no members lists none")
        void shouldListNone() {
            as(Tokens.COORDINATOR_08).get(API + collection("08", network("08", "Tomt " + marker())))
                    .then().statusCode(200).body("items", empty()).body("totalItems", is(0));
        }
    }
}
