package se.samordna.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
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
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

/** Meetings: the county resource contract, plus kinds, times, places, status moves, minutes and filters. */
@QuarkusTest
@DisplayName("Meetings")
@CountyResource(collection = "meetings", noun = "meeting", nameField = "title")
class MeetingResourceTest extends CountyResourceContract {

    static final String STARTS = "2026-12-03T08:00:00Z";
    static final String ENDS = "2026-12-03T11:00:00Z";

    /** A planned network meeting in Kalmar with a place and a link; more fields as given. */
    static Map<String, Object> planned(String title, Object... more) {
        Map<String, Object> meeting = body("title", title, "theme", "Trygghet i centrum", "kind", "NETWORK_MEETING",
                "startsAt", STARTS, "endsAt", ENDS, "location", "Länsstyrelsen, Kalmar",
                "onlineUrl", "https://meet.example.se/kalmar", "status", "PLANNED");
        meeting.putAll(body(more));
        return meeting;
    }

    @Override
    protected Write newKalmarObject() {
        return Write.of(planned("Nätverksträff " + marker(),
                        "agenda", List.of(body("title", "Lägesbild", "speaker", "Kommunpolisen", "minutes", 30))))
                .answering("minutes", nullValue())
                .answering("actions", empty())
                .answering("attendance", equalTo(Map.of("invited", 0, "registered", 0, "attended", 0, "absent", 0)));
    }

    @Override
    protected Map<String, Object> validWrite() {
        return body("title", "Seminarium " + marker(), "theme", "Nya kunskaper", "kind", "SEMINAR",
                "startsAt", "2027-02-10T12:00:00Z", "endsAt", "2027-02-10T15:00:00Z",
                "onlineUrl", "https://meet.example.se/seminarium", "status", "PLANNED");
    }

    /** The Swedish alphabet, whose order {@link #newObject} gives the start days of the contract's meetings. */
    static final String SWEDISH_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ";

    /**
     * A meeting named {@code name} that starts one day later for each letter its name's first letter lies further in
     * the Swedish alphabet: meetings list by start unless told otherwise, so the contract's names (which begin with
     * different letters) list in their Swedish order by start too, and its paging and sort tests read as written.
     */
    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        int day = Math.max(0, SWEDISH_ALPHABET.indexOf(Character.toUpperCase(name.charAt(0))));
        Instant start = Instant.parse(STARTS).plus(Duration.ofDays(day));
        return body("title", name, "theme", "Tema", "kind", "NETWORK_MEETING", "startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(3)).toString(), "location", "Länsstyrelsen");
    }

    @Override
    protected Write fullCreate() {
        return Write.of(body("title", "Utbildning för politiker " + marker(), "theme", "Kunskapsbaserat brottsförebyggande",
                        "kind", "TRAINING", "audience", "POLITICIANS",
                        "startsAt", "2026-10-25T09:00:00+01:00", "endsAt", "2026-10-25T12:00:00+01:00",
                        "location", "Kalmar slott", "onlineUrl", "https://meet.example.se/utbildning", "status", "HELD",
                        "agenda", List.of(body("title", "Brås fem steg", "speaker", "Brå", "minutes", 60),
                                body("title", "Frågor", "speaker", null, "minutes", null)),
                        "guests", List.of(body("name", "Anna Forsman", "organisation", "Brå", "topic", "Lägesbilder")),
                        "minutes", "Genomgång av lägesbilden.",
                        "actions", List.of(body("text", "Sammanställ trygghetsmätningar", "owner", "Karin Åberg",
                                "dueOn", "2027-01-31", "done", false)),
                        "needCategories", List.of("COUNCIL_TRAINING", "NEW_KNOWLEDGE"),
                        "municipalityCodes", List.of("0880", "0881")))
                .answering("startsAt", equalTo("2026-10-25T08:00:00Z"))
                .answering("endsAt", equalTo("2026-10-25T11:00:00Z"));
    }

    @Override
    protected Write replacement() {
        return Write.of(body("title", "Inställd träff " + marker(), "theme", "Omvärldsbevakning", "kind", "SEMINAR",
                        "startsAt", "2027-01-12T13:00:00Z", "endsAt", "2027-01-12T14:30:00Z",
                        "onlineUrl", "https://meet.example.se/omvarld", "status", "CANCELLED"))
                .answering("location", nullValue())
                .answering("audience", nullValue())
                .answering("agenda", empty())
                .answering("guests", empty())
                .answering("needCategories", empty());
    }

    @Override
    protected Write changingPatch() {
        return Write.of(body("theme", "Trygghet i stadskärnan – Ölandsbron",
                "guests", List.of(body("name", "Jonas Ekström", "organisation", "Polisen", "topic", "Lägesbild"))));
    }

    @Override
    protected Write removingPatch() {
        return Write.of(body("location", null));
    }

    private static String json(String fields) {
        return "{\"title\": \"Möte\", \"theme\": \"Tema\", \"kind\": \"NETWORK_MEETING\", \"startsAt\": \"" + STARTS
                + "\", \"endsAt\": \"" + ENDS + "\", \"location\": \"Kalmar\"" + (fields.isEmpty() ? "" : ", " + fields)
                + "}";
    }

    @Override
    protected Stream<Arguments> badBodies() {
        return Stream.of(
                arguments(named("no title", "{\"theme\": \"Tema\", \"kind\": \"SEMINAR\", \"startsAt\": \"" + STARTS
                        + "\", \"endsAt\": \"" + ENDS + "\", \"location\": \"Kalmar\"}"), "title"),
                arguments(named("a blank theme", json("\"theme\": \" \"").replace("\"theme\": \"Tema\", ", "")),
                        "theme"),
                arguments(named("\"kind\": \"PARTY\"", json("").replace("NETWORK_MEETING", "PARTY")), "kind"),
                arguments(named("a training without audience", json("").replace("NETWORK_MEETING", "TRAINING")),
                        "audience"),
                arguments(named("a network meeting with an audience", json("\"audience\": \"MIXED\"")), "audience"),
                arguments(named("\"audience\": \"PUBLIC\"", json("\"audience\": \"PUBLIC\"")), "audience"),
                arguments(named("an end before the start",
                        json("").replace(ENDS, "2026-12-03T07:00:00Z")), "endsAt"),
                arguments(named("an end equal to the start", json("").replace(ENDS, STARTS)), "endsAt"),
                arguments(named("a start without offset", json("").replace(STARTS, "2026-12-03T08:00:00")),
                        "startsAt"),
                arguments(named("a start that is a date", json("").replace(STARTS, "2026-12-03")), "startsAt"),
                arguments(named("no start", json("").replace("\"startsAt\": \"" + STARTS + "\", ", "")), "startsAt"),
                arguments(named("neither location nor onlineUrl", json("").replace(", \"location\": \"Kalmar\"", "")),
                        "location"),
                arguments(named("an onlineUrl that is no URL", json("\"onlineUrl\": \"möte i Teams\"")), "onlineUrl"),
                arguments(named("\"status\": \"DONE\"", json("\"status\": \"DONE\"")), "status"),
                arguments(named("an agenda item without title", json("\"agenda\": [{\"speaker\": \"Brå\"}]")),
                        "agenda[0].title"),
                arguments(named("an agenda item of 0 minutes", json("\"agenda\": [{\"title\": \"x\", \"minutes\": 0}]")),
                        "agenda[0].minutes"),
                arguments(named("a guest without name", json("\"guests\": [{\"organisation\": \"Brå\"}]")),
                        "guests[0].name"),
                arguments(named("an action without text (held)",
                        json("\"status\": \"HELD\", \"actions\": [{\"owner\": \"Karin\"}]")), "actions[0].text"),
                arguments(named("an action due on no date (held)",
                        json("\"status\": \"HELD\", \"actions\": [{\"text\": \"x\", \"dueOn\": \"snart\"}]")),
                        "actions[0].dueOn"),
                arguments(named("need category BOGUS", json("\"needCategories\": [\"BOGUS\"]")), "needCategories[0]"),
                arguments(named("municipality 1080 (Blekinge)", json("\"municipalityCodes\": [\"1080\"]")),
                        "municipalityCodes"),
                arguments(named("municipality 880 (three digits)", json("\"municipalityCodes\": [\"880\"]")),
                        "municipalityCodes[0]"),
                arguments(named("a networkId that is no UUID", json("\"networkId\": \"bron\"")), "networkId"),
                arguments(named("a network of Blekinge", json("\"networkId\": \"{blekinge network}\"")),
                        "networkId"),
                arguments(named("an unknown network", json("\"networkId\": \"" + UUID.randomUUID() + "\"")),
                        "networkId"),
                arguments(named("an unknown field colour", json("\"colour\": \"red\"")), "colour"));
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.of(
                arguments(named("\"title\": null", "{\"title\": null}"), "title"),
                arguments(named("\"kind\": \"TRAINING\" without audience", "{\"kind\": \"TRAINING\"}"), "audience"),
                arguments(named("an end before the start", "{\"endsAt\": \"2026-12-03T07:59:59Z\"}"), "endsAt"),
                arguments(named("neither location nor onlineUrl", "{\"location\": null, \"onlineUrl\": null}"),
                        "location"),
                arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"));
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"title\": ", "[" + json("") + "]", "\"Möte\"", "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.of("{\"title\": ", "[{\"title\": \"Möte\"}]", "\"Möte\"", "null");
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(
                arguments("from=igår", "from"),
                arguments("to=2026-13-01", "to"),
                arguments("from=2026-12-10&to=2026-12-01", "to"),
                arguments("networkId=bron", "networkId"),
                arguments("kind=PARTY", "kind"),
                arguments("status=DONE", "status"),
                arguments("needCategory=BOGUS", "needCategory"));
    }

    /** A Blekinge network, made once for the class: a Kalmar meeting may not name it. */
    private static String blekingeNetwork;

    @Override
    protected String resolve(String badBody) {
        if (badBody.contains("{blekinge network}") && blekingeNetwork == null) {
            blekingeNetwork = network("10", "Blekinges nätverk " + marker());
        }
        return badBody.replace("{blekinge network}", String.valueOf(blekingeNetwork));
    }

    static String network(String countyCode, String name) {
        return Fixtures.create(countyCode, "networks", body("name", name, "status", "ACTIVE"));
    }

    private String createKalmar(Map<String, Object> meeting) {
        return createIn("08", meeting);
    }

    @Nested
    @DisplayName("Meeting rules (as coordinator-08)")
    class MeetingRules {

        @Test
        @DisplayName("PATCH status HELD, then PLANNED, returns 409 problem and changes nothing")
        void shouldRefuseHeldToPlanned() {
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "HELD")).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200).body("status", equalTo("HELD"));
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "PLANNED")).header("If-Match", "\"1\"")
                    .patch(one(kalmar, kalmarId)).then().spec(problem(409));
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "CANCELLED")).header("If-Match", "\"1\"")
                    .patch(one(kalmar, kalmarId)).then().spec(problem(409));
            readIn("08", kalmarId).then().header("ETag", "\"1\"").body("status", equalTo("HELD"));
        }

        @Test
        @DisplayName("a CANCELLED meeting stays cancelled: PLANNED and HELD return 409")
        void shouldRefuseMovesFromCancelled() {
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "CANCELLED")).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200);
            for (String status : List.of("PLANNED", "HELD")) {
                mergePatch(as(Tokens.COORDINATOR_08), body("status", status)).header("If-Match", "\"1\"")
                        .patch(one(kalmar, kalmarId)).then().spec(problem(409));
            }
        }

        @Test
        @DisplayName("minutes and actions are refused with 409 while PLANNED, and written with or after HELD")
        void shouldRefuseMinutesWhilePlanned() {
            mergePatch(as(Tokens.COORDINATOR_08), body("minutes", "Vi pratade.")).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().spec(problem(409));
            mergePatch(as(Tokens.COORDINATOR_08), body("actions", List.of(body("text", "Följ upp"))))
                    .header("If-Match", "\"0\"").patch(one(kalmar, kalmarId)).then().spec(problem(409));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(planned("Möte " + marker(), "minutes", "Protokoll")).post(API + kalmar)
                    .then().spec(problem(409));
            readIn("08", kalmarId).then().header("ETag", "\"0\"").body("minutes", nullValue());

            mergePatch(as(Tokens.COORDINATOR_08), body("status", "HELD", "minutes", "Vi pratade.",
                    "actions", List.of(body("text", "Följ upp", "dueOn", "2027-01-15"))))
                    .header("If-Match", "\"0\"").patch(one(kalmar, kalmarId)).then().statusCode(200)
                    .body("minutes", equalTo("Vi pratade."))
                    .body("actions[0].text", equalTo("Följ upp"))
                    .body("actions[0].done", is(false));
            mergePatch(as(Tokens.COORDINATOR_08), body("actions", List.of(body("text", "Följ upp", "done", true))))
                    .header("If-Match", "\"1\"").patch(one(kalmar, kalmarId)).then().statusCode(200)
                    .body("actions[0].done", is(true));
        }

        @Test
        @DisplayName("instants with an offset are answered in UTC, also across the change to summer time")
        void shouldAnswerUtc() {
            String id = createKalmar(planned("Vårmöte " + marker(), "startsAt", "2027-03-28T01:30:00+01:00",
                    "endsAt", "2027-03-28T03:30:00+02:00"));
            readIn("08", id).then().body("startsAt", equalTo("2027-03-28T00:30:00Z"))
                    .body("endsAt", equalTo("2027-03-28T01:30:00Z"));
        }

        @Test
        @DisplayName("the list sorts by start unless told, and filters by period, kind, status, need and text")
        void shouldFilter() {
            String marker = marker();
            String december = createKalmar(planned("B " + marker, "startsAt", "2026-12-10T08:00:00Z",
                    "endsAt", "2026-12-10T09:00:00Z", "needCategories", List.of("NETWORKING")));
            String november = createKalmar(planned("C " + marker, "startsAt", "2026-11-30T23:30:00Z",
                    "endsAt", "2026-12-01T01:00:00Z", "status", "CANCELLED"));
            String training = createKalmar(planned("A " + marker, "kind", "TRAINING", "audience", "OFFICIALS",
                    "theme", "Lokal problembild " + marker, "startsAt", "2027-01-20T08:00:00Z",
                    "endsAt", "2027-01-20T09:00:00Z", "needCategories", List.of("LOCAL_PROBLEM_PICTURE", "NETWORKING")));

            as(Tokens.MEMBER_08).queryParam("q", marker).get(API + kalmar).then().statusCode(200)
                    .body("items.id", contains(november, december, training));
            // 2026-11-30T23:30Z is 1 December in Stockholm
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("from", "2026-12-01")
                    .queryParam("to", "2026-12-31").get(API + kalmar).then().statusCode(200)
                    .body("items.id", contains(november, december));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("to", "2026-11-30").get(API + kalmar)
                    .then().statusCode(200).body("totalItems", is(0));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("kind", "TRAINING").get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(training));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("status", "CANCELLED").get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(november));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("needCategory", "NETWORKING")
                    .get(API + kalmar).then().statusCode(200).body("items.id", contains(december, training));
            as(Tokens.COORDINATOR_08).queryParam("q", "lokal problembild " + marker).get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(training));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", "startsAt,desc").get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(training, december, november));
        }
    }

    @Nested
    @DisplayName("Meetings of a network (as coordinator-08)")
    class Networks {

        String networkId;
        String networkName;

        @BeforeEach
        void createNetwork() {
            networkName = "Kalmar läns nätverk " + marker();
            networkId = network("08", networkName);
        }

        @Test
        @DisplayName("a meeting names a network of its county and answers its networkName, in the list too")
        void shouldNameNetwork() {
            String id = createKalmar(planned("Nätverksträff " + marker(), "networkId", networkId));
            readIn("08", id).then().body("networkId", equalTo(networkId)).body("networkName", equalTo(networkName));
            as(Tokens.MEMBER_08).queryParam("networkId", networkId).get(API + kalmar).then().statusCode(200)
                    .body("items.id", contains(id)).body("items[0].networkName", equalTo(networkName));
            readIn("08", kalmarId).then().body("networkId", nullValue()).body("networkName", nullValue());
        }

        @Test
        @DisplayName("PATCH networkId to a Blekinge or an unknown network returns 400 naming networkId, writes nothing")
        void shouldRefuseOtherCountysNetwork() {
            String blekinge = network("10", "Blekinges nätverk " + marker());
            Snapshot before = snapshot();
            for (String other : List.of(blekinge, UUID.randomUUID().toString())) {
                mergePatch(as(Tokens.COORDINATOR_0810), body("networkId", other)).header("If-Match", "\"0\"")
                        .patch(one(kalmar, kalmarId)).then().spec(problem(400))
                        .body("errors.field", contains("networkId"));
            }
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("a CLOSED network takes no new meeting (409 naming networkId); its meetings stay as they are")
        void shouldRefuseClosedNetwork() {
            String id = createKalmar(planned("Sista träffen " + marker(), "networkId", networkId));
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "CLOSED")).header("If-Match", "\"0\"")
                    .patch(API + "/counties/08/networks/" + networkId).then().statusCode(200);
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(planned("Ny träff " + marker(), "networkId", networkId)).post(API + kalmar)
                    .then().spec(problem(409)).body("errors.field", contains("networkId"));
            mergePatch(as(Tokens.COORDINATOR_08), body("networkId", networkId)).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().spec(problem(409)).body("errors.field", contains("networkId"));
            assertNothingWritten(before);
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "HELD")).header("If-Match", "\"0\"")
                    .patch(one(kalmar, id)).then().statusCode(200).body("networkId", equalTo(networkId));
        }
    }

    @Nested
    @DisplayName("Needs and municipalities (issue 12) (as coordinator-08)")
    class NeedsAndMunicipalities {

        @Test
        @DisplayName("needCategories and municipalityCodes are kept in history and in the change feed")
        void shouldKeepInHistoryAndFeed() {
            String id = createKalmar(planned("Lokal problembild " + marker(),
                    "needCategories", List.of("LOCAL_PROBLEM_PICTURE"), "municipalityCodes", List.of("0881")));
            long cursor = as(Tokens.COORDINATOR_08).get(one(kalmar, id) + "/history").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].sequence") - 1;
            mergePatch(as(Tokens.COORDINATOR_08), body("needCategories", List.of("LOCAL_PROBLEM_PICTURE", "NETWORKING"),
                    "municipalityCodes", List.of("0881", "0880"))).header("If-Match", "\"0\"")
                    .patch(one(kalmar, id)).then().statusCode(200);
            as(Tokens.COORDINATOR_08).get(one(kalmar, id) + "/history").then().statusCode(200)
                    .body("items.action", contains("CREATED", "UPDATED"))
                    .body("items[0].state.needCategories", contains("LOCAL_PROBLEM_PICTURE"))
                    .body("items[0].state.municipalityCodes", contains("0881"))
                    .body("items[1].state.needCategories", contains("LOCAL_PROBLEM_PICTURE", "NETWORKING"))
                    .body("items[1].state.municipalityCodes", contains("0881", "0880"));
            as(Tokens.IMPORTER_08).queryParam("after", cursor).queryParam("resourceType", "meeting")
                    .get(API + "/counties/08/changes").then().statusCode(200)
                    .body("items.resourceId", contains(id, id))
                    .body("items[1].state.needCategories", contains("LOCAL_PROBLEM_PICTURE", "NETWORKING"))
                    .body("items[1].state.municipalityCodes", contains("0881", "0880"));
        }

        @Test
        @DisplayName("a municipality of another county, or no municipality, returns 400 naming municipalityCodes")
        void shouldRefuseMunicipalityOfAnotherCounty() {
            Snapshot before = snapshot();
            for (String code : List.of("1080", "0180", "0899")) {
                mergePatch(as(Tokens.COORDINATOR_08), body("municipalityCodes", List.of("0880", code)))
                        .header("If-Match", "\"0\"").patch(one(kalmar, kalmarId)).then().spec(problem(400))
                        .body("errors.field", contains("municipalityCodes"));
            }
            assertNothingWritten(before);
            readIn("08", kalmarId).then().body("municipalityCodes", empty()).body("needCategories", empty());
        }

        @Test
        @DisplayName("needCategory= lists the meetings naming that need; a need twice is kept once")
        void shouldFilterByNeed() {
            String marker = marker();
            String named = createKalmar(planned("Behov " + marker,
                    "needCategories", List.of("COUNCIL_TRAINING", "COUNCIL_TRAINING")));
            createKalmar(planned("Annat " + marker, "needCategories", List.of("OTHER")));
            as(Tokens.MEMBER_08).queryParam("q", marker).queryParam("needCategory", "COUNCIL_TRAINING")
                    .get(API + kalmar).then().statusCode(200)
                    .body("items.id", contains(named)).body("items[0].needCategories", contains("COUNCIL_TRAINING"));
        }
    }

    @Nested
    @DisplayName("The municipalities a meeting is meant for (as coordinator-08)")
    class MeantFor {

        String heldMeeting(Object municipalityCodes) {
            Map<String, Object> meeting = new java.util.HashMap<>(body("title", "Möte " + marker(), "theme", "Trygghet",
                    "kind", "NETWORK_MEETING", "startsAt", "2026-11-02T08:00:00Z", "endsAt", "2026-11-02T10:00:00Z",
                    "location", "Kalmar", "status", "HELD"));
            if (municipalityCodes != null) {
                meeting.put("municipalityCodes", municipalityCodes);
            }
            return createKalmar(meeting);
        }

        void attend(String meeting, String municipalityCode, String status) {
            String organisation = createOrganisation("08", body("name", "Förening " + marker(), "type", "CIVIL_SOCIETY",
                    "municipalityCode", municipalityCode));
            String contact = createContact("08", body("name", "Person " + marker(), "organisationId", organisation));
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("contactId", contact, "status", status))
                    .post(API + kalmar + "/" + meeting + "/attendance").then().statusCode(201);
        }

        @Test
        @DisplayName("without municipalityCodes: by default those of the organisations that ATTENDED, not the ABSENT ones")
        void shouldDefaultToAttendingMunicipalities() {
            String meeting = heldMeeting(null);
            attend(meeting, "0881", "ATTENDED");
            attend(meeting, "0880", "ATTENDED");
            attend(meeting, "0880", "ATTENDED");
            attend(meeting, "0860", "ABSENT");
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/" + meeting).then().statusCode(200)
                    .body("municipalityCodes", hasSize(0))
                    .body("meantForMunicipalityCodes", contains("0880", "0881"));
        }

        @Test
        @DisplayName("with municipalityCodes: those, whoever attended")
        void shouldKeepWrittenMunicipalities() {
            String meeting = heldMeeting(List.of("0840"));
            attend(meeting, "0881", "ATTENDED");
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/" + meeting).then().statusCode(200)
                    .body("municipalityCodes", contains("0840"))
                    .body("meantForMunicipalityCodes", contains("0840"));
        }
    }

    @Nested
    @DisplayName("Lists without a query per row")
    class QueryCounts {

        @Test
        @DisplayName("GET /counties/08/meetings with 8 meetings, each with a list, runs 3 statements")
        void shouldCountAttendanceInOneQuery() {
            String marker = marker();
            for (int i = 0; i < 8; i++) {
                String meeting = createKalmar(planned("Möte " + i + " " + marker));
                String contact = createContact("08", body("name", "Person " + i + " " + marker));
                as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                        .body(body("contactId", contact, "status", i % 2 == 0 ? "INVITED" : "REGISTERED"))
                        .post(API + kalmar + "/" + meeting + "/attendance").then().statusCode(201);
            }
            Tokens.of(Tokens.MEMBER_08);
            long page = Statements.of(() -> as(Tokens.MEMBER_08).queryParam("q", marker).get(API + kalmar)
                    .then().statusCode(200)
                    .body("totalItems", is(8))
                    .body("items.findAll { it.attendance.invited + it.attendance.registered == 1 }.size()", is(8)));
            // the page and the attendance (counts and attending municipalities) of its meetings; not full: no count
            assertEquals(2, page);
            long full = Statements.of(() -> as(Tokens.MEMBER_08).queryParam("q", marker).queryParam("size", 5)
                    .get(API + kalmar).then().statusCode(200).body("totalItems", is(8)).body("hasNext", is(true)));
            // a full page: the page, its count, the attendance
            assertEquals(3, full);
        }
    }
}
