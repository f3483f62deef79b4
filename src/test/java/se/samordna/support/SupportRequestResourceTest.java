package se.samordna.support;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.subjectOf;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.provider.Arguments;
import se.samordna.testing.CountyResource;
import se.samordna.testing.CountyResourceContract;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/**
 * Support requests: the county resource contract, with the rights of the table's row {@code support-requests}. A
 * member files for its own organisation and sees only its own requests, so the Kalmar object (filed by
 * coordinator-08) is 404 to member-08, and a request member-08 filed is 404 to member2-08 ({@link #ownedBy}); its
 * own rules are in {@link SupportRequestRulesTest}.
 */
@QuarkusTest
@DisplayName("Support requests")
@CountyResource(collection = "support-requests", noun = "support request", resourceType = "support-request",
        nameField = "title")
class SupportRequestResourceTest extends CountyResourceContract {

    static final String KALMAR_ORGANISATION = "{kalmar organisation}";
    static final String BLEKINGE_ORGANISATION = "{blekinge organisation}";

    String organisationId;
    String organisationName;

    @Override
    protected Write newKalmarObject() {
        SupportData.ensureMemberHasRequest();
        // what valid writes name exists before any test takes its "nothing written" snapshot
        SupportData.organisationOf("08");
        SupportData.organisationOf("10");
        organisationName = "Kalmar kommun " + marker();
        organisationId = createOrganisation("08", body("name", organisationName, "type", "MUNICIPALITY",
                "municipalityCode", "0880"));
        return Write.of(body("organisationId", organisationId, "topic", "LOCAL_PROBLEM_PICTURE",
                        "title", "Lokal problembild för Norrliden " + marker(),
                        "description", "Vi vill kartlägga otryggheten kring Norrlidens centrum.",
                        "priority", "NORMAL", "dueOn", "2030-06-30",
                        "needCategories", List.of("LOCAL_PROBLEM_PICTURE")))
                .answering("organisationName", equalTo(organisationName))
                .answering("status", equalTo("SUBMITTED"))
                .answering("overdue", is(false))
                .answering("assigneeSubject", nullValue())
                .answering("filedByName", equalTo(Tokens.COORDINATOR_08));
    }

    /**
     * A Kalmar request for an organisation that is neither member's, which coordinators file and a member's create
     * of is 403 (the table: a create naming what is not its own).
     */
    @Override
    protected Map<String, Object> validWrite() {
        return validWrite("08");
    }

    /** A request for an organisation of the county: a Blekinge request names a Blekinge organisation. */
    @Override
    protected Map<String, Object> validWrite(String countyCode) {
        return body("organisationId", SupportData.organisationOf(countyCode), "topic", "SAFETY_SURVEY",
                "title", "Trygghetsmätning i Ljungbyholm " + marker(),
                "description", "Hjälp att välja frågor och urval.", "priority", "LOW");
    }

    /** A request member-08 filed through the API, for the organisation its login acts for. */
    @Override
    protected Placed ownedBy(String member) {
        return new Placed(kalmar, SupportData.fileInKalmar(member));
    }

    @Override
    protected Map<String, Object> newObject(String countyCode, String name) {
        return body("organisationId", SupportData.organisationOf(countyCode), "topic", "OTHER", "title", name,
                "description", "Något annat.", "priority", "NORMAL");
    }

    @Override
    protected Write fullCreate() {
        String assignee = subjectOf(Tokens.COORDINATOR_08);
        return Write.of(body("organisationId", organisationId, "topic", "COLLABORATION_AGREEMENT",
                        "title", "Samverkansöverenskommelse med polisen " + marker(),
                        "description", "Vi vill ta fram en ny överenskommelse och ett medborgarlöfte för 2027.",
                        "priority", "HIGH", "dueOn", "2031-01-31", "assigneeSubject", assignee,
                        "needCategories", List.of("METHOD_SUPPORT", "GOOD_EXAMPLES")))
                .answering("organisationName", equalTo(organisationName))
                .answering("status", equalTo("SUBMITTED"))
                .answering("filedBy", equalTo(subjectOf(Tokens.COORDINATOR_08)));
    }

    @Override
    protected Write replacement() {
        String other = SupportData.organisationOf("08");
        return Write.of(body("organisationId", other, "topic", "EVALUATION",
                        "title", "Utvärdering av trygghetsvandringar " + marker(),
                        "description", "Hur utvärderar vi vandringarna i Kalmar?", "priority", "LOW"))
                .answering("dueOn", nullValue())
                .answering("assigneeSubject", nullValue())
                .answering("needCategories", empty())
                .answering("status", equalTo("SUBMITTED"));
    }

    @Override
    protected Write changingPatch() {
        return Write.of(body("title", "Lokal problembild för Norrliden och Berga " + marker(), "priority", "HIGH"));
    }

    @Override
    protected Write removingPatch() {
        return Write.of(body("dueOn", null)).answering("overdue", is(false));
    }

    @Override
    protected String resolve(String badBody) {
        return badBody.replace(KALMAR_ORGANISATION, SupportData.organisationOf("08"))
                .replace(BLEKINGE_ORGANISATION, SupportData.organisationOf("10"));
    }

    /** A valid request body as JSON with these fields changed; {@link #ABSENT} leaves one out. */
    private static String request(Object... changes) {
        Map<String, Object> request = body("organisationId", KALMAR_ORGANISATION, "topic", "EST",
                "title", "EST i Nybro", "description", "Stöd med EST.", "priority", "NORMAL");
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == ABSENT) {
                request.remove((String) changes[i]);
            } else {
                request.put((String) changes[i], changes[i + 1]);
            }
        }
        return Fixtures.toJson(request);
    }

    private static final Object ABSENT = new Object();

    @Override
    protected Stream<Arguments> badBodies() {
        return Stream.of(
                arguments(named("no topic", request("topic", ABSENT)), "topic"),
                arguments(named("\"topic\": \"NOPE\"", request("topic", "NOPE")), "topic"),
                arguments(named("\"topic\": 5", request("topic", 5)), "topic"),
                arguments(named("no title", request("title", ABSENT)), "title"),
                arguments(named("a blank title", request("title", "  ")), "title"),
                arguments(named("a title of 201 characters", request("title", "Å".repeat(201))), "title"),
                arguments(named("a title that is a number", request("title", 5)), "title"),
                arguments(named("no description", request("description", ABSENT)), "description"),
                arguments(named("no priority", request("priority", ABSENT)), "priority"),
                arguments(named("\"priority\": \"URGENT\"", request("priority", "URGENT")), "priority"),
                arguments(named("\"dueOn\": \"2026-13-01\"", request("dueOn", "2026-13-01")), "dueOn"),
                arguments(named("no organisationId", request("organisationId", ABSENT)), "organisationId"),
                arguments(named("\"organisationId\": \"abc\"", request("organisationId", "abc")), "organisationId"),
                arguments(named("an organisationId of Blekinge", request("organisationId", BLEKINGE_ORGANISATION)),
                        "organisationId"),
                arguments(named("an organisationId that exists nowhere",
                        request("organisationId", "00000000-0000-4000-8000-000000000000")), "organisationId"),
                arguments(named("\"assigneeSubject\": \"coordinator-08\" (a user name, not a subject)",
                        request("assigneeSubject", "coordinator-08")), "assigneeSubject"),
                arguments(named("\"needCategories\": [\"NOPE\"]", request("needCategories", List.of("NOPE"))),
                        "needCategories[0]"),
                arguments(named("\"status\": \"RESOLVED\" (set by transitions only)", request("status", "RESOLVED")),
                        "status"),
                arguments(named("an unknown field colour", request("colour", "red")), "colour"));
    }

    @Override
    protected Stream<Arguments> badPatches() {
        return Stream.of(
                arguments(named("\"status\": \"RESOLVED\"", "{\"status\": \"RESOLVED\"}"), "status"),
                arguments(named("\"title\": null", "{\"title\": null}"), "title"),
                arguments(named("\"priority\": \"URGENT\"", "{\"priority\": \"URGENT\"}"), "priority"),
                arguments(named("\"topic\": null", "{\"topic\": null}"), "topic"),
                arguments(named("\"organisationId\": null", "{\"organisationId\": null}"), "organisationId"),
                arguments(named("an organisationId of Blekinge",
                        "{\"organisationId\": \"" + BLEKINGE_ORGANISATION + "\"}"), "organisationId"),
                arguments(named("\"assigneeSubject\": \"nobody\"", "{\"assigneeSubject\": \"nobody\"}"),
                        "assigneeSubject"),
                arguments(named("an unknown field colour", "{\"colour\": \"red\"}"), "colour"));
    }

    @Override
    protected Stream<String> malformedBodies() {
        return Stream.of("{\"title\": \"EST\", \"topic\": ", "{\"title\": \"EST\" \"topic\": \"EST\"}",
                "[{\"title\": \"EST\"}]", "\"EST\"", "null", "");
    }

    @Override
    protected Stream<String> malformedPatches() {
        return Stream.of("{\"title\": ", "[{\"title\": \"EST\"}]", "\"EST\"", "null");
    }

    @Override
    protected Stream<Arguments> badFilters() {
        return Stream.of(
                arguments("status=NOPE", "status"),
                arguments("topic=NOPE", "topic"),
                arguments("priority=URGENT", "priority"),
                arguments("assigneeSubject=abc", "assigneeSubject"),
                arguments("assignee=someone", "assignee"),
                arguments("organisationId=abc", "organisationId"),
                arguments("overdue=maybe", "overdue"),
                arguments("needCategory=NOPE", "needCategory"));
    }
}
