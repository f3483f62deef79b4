package se.samordna.followup;

import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Tokens.as;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/** A known data set built through the API as coordinator-08: surveys, their needs, and the actions answering them. */
final class FollowUpData {

    static final String KALMAR = API + "/counties/08";
    /** Municipalities of Kalmar county, and the category the tests name. */
    static final String NYBRO = "0881";
    static final String KALMAR_MUNICIPALITY = "0880";
    static final String PICTURE = "LOCAL_PROBLEM_PICTURE";

    private FollowUpData() {
    }

    /** A new OPEN Kalmar survey with one optional question. */
    static String survey() {
        return Fixtures.create("08", "surveys", body("title", "Uppföljning " + marker(),
                "description", "Behov att följa upp", "opensOn", "2027-01-15", "closesOn", "2027-03-31",
                "status", "OPEN", "questions", List.of(body("text", "Övriga önskemål", "type", "TEXT"))));
    }

    /** A new municipality organisation of the municipality (0881 Nybro, 0880 Kalmar, …). */
    static String organisation(String municipalityCode) {
        return createOrganisation("08", body("name", "Kommun " + municipalityCode + " " + marker(),
                "type", "MUNICIPALITY", "municipalityCode", municipalityCode));
    }

    /** The organisation's response to the survey, naming {@code category} at {@code priority}. */
    static String respond(String survey, String organisation, String category, int priority) {
        return as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                .body(body("organisationId", organisation, "mode", "SELF", "answers", List.of(),
                        "needs", List.of(body("category", category, "priority", priority))))
                .post(KALMAR + "/surveys/" + survey + "/responses")
                .then().statusCode(201).extract().path("id");
    }

    /** A new organisation of the municipality that names {@code category} at {@code priority} in the survey. */
    static String needOf(String survey, String municipalityCode, String category, int priority) {
        String organisation = organisation(municipalityCode);
        respond(survey, organisation, category, priority);
        return organisation;
    }

    /**
     * A need of a new Nybro organisation for {@code category}, named in the survey at priority 5 and answered twice: by
     * its RESOLVED request and by a HELD meeting it attended. Returns the organisation.
     */
    static String nybroNeedAnswered(String survey, String category) {
        String nybro = needOf(survey, NYBRO, category, 5);
        resolvedRequest(nybro, category);
        heldMeeting(category, List.of(nybro), List.of());
        return nybro;
    }

    /** A support request of the organisation naming {@code category}, moved through {@code actions}. */
    static String request(String organisation, String category, String... actions) {
        String id = Fixtures.create("08", "support-requests", body("organisationId", organisation,
                "topic", "ACTION_PLAN", "title", "Stöd med lägesbild " + marker(),
                "description", "Vi behöver en lägesbild.", "priority", "NORMAL", "needCategories", List.of(category)));
        move(id, actions);
        return id;
    }

    /** Moves the support request through {@code actions}, as coordinator-08. */
    static void move(String request, String... actions) {
        for (String action : actions) {
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body("action", action))
                    .post(KALMAR + "/support-requests/" + request + "/transitions").then().statusCode(200);
        }
    }

    static String resolvedRequest(String organisation, String category) {
        return request(organisation, category, "TRIAGE", "START", "RESOLVE");
    }

    /**
     * A HELD meeting naming {@code category}, starting now: after every response the test recorded so far, before
     * any a later test records (so that it answers no other test's needs). A contact of each organisation is on its
     * list: ATTENDED for {@code attended}, ABSENT for {@code absent}.
     */
    static String heldMeeting(String category, List<String> attended, List<String> absent) {
        String meeting = meeting(category, "HELD");
        attend(meeting, attended, "ATTENDED");
        attend(meeting, absent, "ABSENT");
        return meeting;
    }

    /** A meeting of this status naming {@code category}, starting now (see {@link #heldMeeting}), its list empty. */
    static String meeting(String category, String status) {
        Instant start = Instant.now();
        return Fixtures.create("08", "meetings", body("title", "Lägesbild " + marker(),
                "theme", "Lokal problembild", "kind", "NETWORK_MEETING", "startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(2)).toString(), "location", "Länsstyrelsen, Kalmar",
                "status", status, "needCategories", List.of(category)));
    }

    /** A new contact of the organisation. */
    static String contactOf(String organisation) {
        return createContact("08", body("name", "Person " + marker(), "organisationId", organisation));
    }

    /** Puts the contact on the meeting's list with this status; returns the attendance's id. */
    static String onList(String meeting, String contact, String status) {
        return Fixtures.create("08", "meetings/" + meeting + "/attendance", body("contactId", contact, "status", status));
    }

    private static void attend(String meeting, List<String> organisations, String status) {
        for (String organisation : organisations) {
            onList(meeting, contactOf(organisation), status);
        }
    }

    /** A merge patch of the Kalmar resource at {@code path} (relative to the county), as coordinator-08. */
    static void patch(String path, Map<String, ?> patch) {
        mergePatch(as(Tokens.COORDINATOR_08), patch).header("If-Match", "*").patch(KALMAR + "/" + path)
                .then().statusCode(200);
    }

    /** Deletes the Kalmar resource at {@code path} (relative to the county), as coordinator-08. */
    static void delete(String path) {
        as(Tokens.COORDINATOR_08).header("If-Match", "*").delete(KALMAR + "/" + path).then().statusCode(204);
    }
}
