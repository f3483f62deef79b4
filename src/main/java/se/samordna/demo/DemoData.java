package se.samordna.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samordna.contact.ContactService;
import se.samordna.county.NeedCategory;
import se.samordna.contact.ContactWrite;
import se.samordna.meeting.AttendanceService;
import se.samordna.meeting.AttendanceStatus;
import se.samordna.meeting.AttendanceWrite;
import se.samordna.meeting.Audience;
import se.samordna.meeting.MeetingKind;
import se.samordna.meeting.MeetingService;
import se.samordna.meeting.MeetingStatus;
import se.samordna.meeting.MeetingWrite;
import se.samordna.meeting.MeetingWrite.AgendaItem;
import se.samordna.meeting.MeetingWrite.FollowUpAction;
import se.samordna.meeting.MeetingWrite.Guest;
import se.samordna.network.MembershipRole;
import se.samordna.network.MembershipService;
import se.samordna.network.MembershipWrite;
import se.samordna.network.NetworkService;
import se.samordna.network.NetworkStatus;
import se.samordna.network.NetworkWrite;
import se.samordna.organisation.Organisation;
import se.samordna.organisation.OrganisationService;
import se.samordna.organisation.OrganisationType;
import se.samordna.organisation.OrganisationView;
import se.samordna.organisation.OrganisationWrite;
import se.samordna.support.CommentWrite;
import se.samordna.support.SupportCommentService;
import se.samordna.support.SupportPriority;
import se.samordna.support.SupportRequestService;
import se.samordna.support.SupportRequestWrite;
import se.samordna.support.SupportTopic;
import se.samordna.support.TransitionAction;
import se.samordna.support.TransitionWrite;

import se.samordna.survey.AnswerWrite;
import se.samordna.survey.Need;
import se.samordna.survey.Question;
import se.samordna.survey.QuestionType;
import se.samordna.survey.QuestionWrite;
import se.samordna.survey.ResponseMode;
import se.samordna.survey.ResponseWrite;
import se.samordna.survey.SurveyResponseService;
import se.samordna.survey.SurveyService;
import se.samordna.survey.SurveyStatus;
import se.samordna.survey.SurveyView;
import se.samordna.survey.SurveyWrite;

/**
 * A few organisations, contacts, networks, support requests, a Kalmar needs survey with responses and meetings in
 * Stockholms, Kalmar and Blekinge län, so that a frontend developer sees a living API at first start. Only where
 * {@code samordna.demo-data.enabled} is true (dev mode), and only into an empty database; written through the
 * services, so they have history like any other data.
 */
@ApplicationScoped
public class DemoData {

    private final boolean enabled;
    private final OrganisationService organisations;
    private final ContactService contacts;
    private final SupportRequestService supportRequests;
    private final SupportCommentService supportComments;
    private final NetworkService networks;
    private final MembershipService memberships;
    private final SurveyService surveys;
    private final SurveyResponseService surveyResponses;
    private final MeetingService meetings;
    private final AttendanceService attendance;
    private final ObjectMapper objectMapper;
    private final DemoBackdating backdating;

    DemoData(@ConfigProperty(name = "samordna.demo-data.enabled") boolean enabled, OrganisationService organisations,
            ContactService contacts, SupportRequestService supportRequests, SupportCommentService supportComments,
            NetworkService networks, MembershipService memberships, SurveyService surveys,
            SurveyResponseService surveyResponses, MeetingService meetings, AttendanceService attendance,
            ObjectMapper objectMapper, DemoBackdating backdating) {
        this.enabled = enabled;
        this.organisations = organisations;
        this.contacts = contacts;
        this.supportRequests = supportRequests;
        this.supportComments = supportComments;
        this.networks = networks;
        this.memberships = memberships;
        this.surveys = surveys;
        this.surveyResponses = surveyResponses;
        this.meetings = meetings;
        this.attendance = attendance;
        this.objectMapper = objectMapper;
        this.backdating = backdating;
    }

    void load(@Observes StartupEvent start) {
        if (!enabled || Organisation.count() > 0) {
            return;
        }
        Log.info("Loading demo data into counties 01, 08 and 10");

        UUID kalmar = organisation("08", "Kalmar kommun", OrganisationType.MUNICIPALITY, "0880", null);
        UUID nybro = organisation("08", "Nybro kommun", OrganisationType.MUNICIPALITY, "0881", null);
        UUID police08 = organisation("08", "Polisområde Kalmar län", OrganisationType.POLICE, null, "202100-0076");
        UUID nybroCouncil = organisation("08", "Brottsförebyggande rådet i Nybro", OrganisationType.LOCAL_COUNCIL,
                "0881", null);
        UUID trygg = organisation("08", "Föreningen Trygg på Öland", OrganisationType.CIVIL_SOCIETY, "0885", null);
        organisation("08", "Region Kalmar län", OrganisationType.REGION, null, null);
        // the demo logins member-08 and member2-08 act as Karin (Kalmar kommun) and Lena (Nybro kommun)
        UUID karin = contact("08", "Karin Åberg", "karin.aberg@kalmar.example", "+46 480-45 00 00", kalmar,
                "Brottsförebyggande samordnare", "member-08");
        UUID jonas = contact("08", "Jonas Ekström", "jonas.ekstrom@polisen.example", "+46 10-114 14 14", police08,
                "Kommunpolis");
        UUID lena = contact("08", "Lena Öhman", "lena.ohman@nybro.example", null, nybro, "Trygghetssamordnare",
                "member2-08");
        UUID perAke = contact("08", "Per-Åke Lindström", null, "+46 485-100 00", trygg, "Ordförande");
        // Kalmar's network of municipalities and municipal police; Lena (Nybro) left it for a year and came back
        UUID kalmarNetwork = network("08", "Kalmar läns nätverk för kommuner och kommunpoliser",
                "Kommunernas brottsförebyggande samordnare och kommunpoliserna i länet delar lägesbilder och metoder");
        member("08", kalmarNetwork, karin, null, MembershipRole.CHAIR, "2023-02-01", null);
        member("08", kalmarNetwork, jonas, null, MembershipRole.MEMBER, "2023-02-01", null);
        member("08", kalmarNetwork, lena, null, MembershipRole.MEMBER, "2023-02-01", "2024-03-01");
        member("08", kalmarNetwork, lena, null, MembershipRole.MEMBER, "2025-03-01", null);
        member("08", kalmarNetwork, null, trygg, MembershipRole.MEMBER, "2025-09-01", null);
        kalmarSurvey(kalmar, nybroCouncil, police08, trygg);
        kalmarMeetings(kalmarNetwork, karin, jonas, lena, perAke);

        UUID stockholm = organisation("01", "Stockholms stad", OrganisationType.MUNICIPALITY, "0180", "212000-0142");
        UUID spanga = organisation("01", "Spånga-Tensta stadsdelsförvaltning", OrganisationType.CITY_DISTRICT, "0180",
                "212000-0142");
        UUID sodertalje = organisation("01", "Södertälje kommun", OrganisationType.MUNICIPALITY, "0181", null);
        organisation("01", "Polisregion Stockholm", OrganisationType.POLICE, null, "202100-0076");
        UUID sara = contact("01", "Sara Nyström", "sara.nystrom@stockholm.example", "+46 8-508 000 00", stockholm,
                "Strateg för trygghet och brottsförebyggande");
        UUID ahmed = contact("01", "Ahmed Yusuf", "ahmed.yusuf@stockholm.example", null, spanga,
                "Lokal brottsförebyggande samordnare");
        UUID maria = contact("01", "Maria Söderberg", "maria.soderberg@sodertalje.example", null, sodertalje,
                "Säkerhetschef");
        // BRON: the local crime-prevention strategists of Stockholm county's municipalities and city districts
        UUID bron = network("01", "BRON",
                "Nätverk för lokala brottsförebyggande strateger i länets kommuner och stadsdelar");
        member("01", bron, sara, null, MembershipRole.COORDINATOR, "2022-09-01", null);
        member("01", bron, ahmed, null, MembershipRole.MEMBER, "2023-01-15", null);
        member("01", bron, maria, null, MembershipRole.MEMBER, "2022-09-01", null);

        UUID karlskrona = organisation("10", "Karlskrona kommun", OrganisationType.MUNICIPALITY, "1080", null);
        UUID ronneby = organisation("10", "Ronneby kommun", OrganisationType.MUNICIPALITY, "1081", null);
        organisation("10", "Företagarna Blekinge", OrganisationType.BUSINESS, null, null);
        contact("10", "Björn Hägg", "bjorn.hagg@karlskrona.example", "+46 455-30 30 00", karlskrona,
                "Brottsförebyggande samordnare");
        contact("10", "Elin Åkesson", "elin.akesson@ronneby.example", null, ronneby, "Folkhälsostrateg");
        meeting("10", new MeetingWrite("Nätverksträff: trygghet i skärgården", "Sommarens ordningsstörningar",
                MeetingKind.NETWORK_MEETING, null, null, at(30, "13:00"), at(30, "16:00"), "Karlskrona rådhus", null,
                MeetingStatus.PLANNED, List.of(new AgendaItem("Erfarenheter från förra sommaren", null, 45)),
                List.of(), null, List.of(), List.of(NeedCategory.GOOD_EXAMPLES), List.of("1080", "1081")));

        supportRequests(kalmar, nybro, police08, trygg, stockholm, karlskrona);
    }

    /** Requests in every state, some overdue, with public comments and internal notes; Kalmar län mainly. */
    private void supportRequests(UUID kalmar, UUID nybro, UUID police08, UUID trygg, UUID stockholm,
            UUID karlskrona) {
        LocalDate today = LocalDate.now(MeetingService.COUNTY_TIME);
        UUID problemPicture = request("08", kalmar, SupportTopic.LOCAL_PROBLEM_PICTURE,
                "Lokal problembild för Norrliden",
                "Vi vill ta fram en lokal problembild för Norrliden tillsammans med kommunpolisen och behöver stöd med metod och underlag.",
                SupportPriority.HIGH, today.plusDays(14), List.of(NeedCategory.LOCAL_PROBLEM_PICTURE));
        comment("08", problemPicture, "Vi skickar mallen för lokal problembild som Kalmar och Nybro har använt.", false);

        UUID survey = request("08", nybro, SupportTopic.SAFETY_SURVEY, "Trygghetsmätning i Nybro centrum",
                "Hjälp att välja frågor, urval och metod för en trygghetsmätning under våren.",
                SupportPriority.NORMAL, today.minusDays(5), List.of(NeedCategory.METHOD_SUPPORT));
        move("08", survey, TransitionAction.TRIAGE, "Vi tar upp det på nätverksträffen.");
        comment("08", survey, "Nybro har gjort en mätning 2023; be om deras underlag.", true);

        UUID agreement = request("08", police08, SupportTopic.COLLABORATION_AGREEMENT,
                "Ny samverkansöverenskommelse med Kalmar kommun",
                "Stöd att ta fram nästa överenskommelse och ett medborgarlöfte för 2027.",
                SupportPriority.NORMAL, today.minusDays(2), List.of(NeedCategory.GOOD_EXAMPLES));
        move("08", agreement, TransitionAction.TRIAGE, null);
        move("08", agreement, TransitionAction.START, "Första mötet är bokat.");
        comment("08", agreement, "Vi har bokat ett första möte med kommunpolisen.", false);

        UUID evaluation = request("08", trygg, SupportTopic.EVALUATION, "Utvärdering av nattvandringarna på Öland",
                "Hur kan vi utvärdera om nattvandringarna gör skillnad?", SupportPriority.LOW, null,
                List.of(NeedCategory.NEW_KNOWLEDGE));
        move("08", evaluation, TransitionAction.TRIAGE, null);
        move("08", evaluation, TransitionAction.START, null);
        move("08", evaluation, TransitionAction.RESOLVE, "Vi har skickat Brå:s utvärderingsguide och gått igenom den.");

        UUID training = request("08", kalmar, SupportTopic.TRAINING, "Utbildning av politiker i BRÅ-arbetet",
                "En halvdag för kommunfullmäktige om kunskapsbaserat brottsförebyggande arbete.", SupportPriority.LOW,
                today.minusDays(30), List.of(NeedCategory.COUNCIL_TRAINING));
        move("08", training, TransitionAction.DECLINE, "Länsstyrelsen ordnar en gemensam utbildning i mars i stället.");

        UUID est = request("08", nybro, SupportTopic.EST, "EST i samverkan med skolan",
                "Vi vill prova effektiv samordning för trygghet runt skolorna.", SupportPriority.NORMAL,
                today.minusDays(1), List.of());
        move("08", est, TransitionAction.DECLINE, null);
        move("08", est, TransitionAction.REOPEN, "Nytt underlag från skolan.");

        UUID plan = request("01", stockholm, SupportTopic.ACTION_PLAN, "Handlingsplan för Järva",
                "Stöd att prioritera åtgärderna i handlingsplanen.", SupportPriority.HIGH, today.plusDays(30),
                List.of(NeedCategory.METHOD_SUPPORT));
        move("01", plan, TransitionAction.TRIAGE, null);
        UUID situational = request("10", karlskrona, SupportTopic.SITUATIONAL_PREVENTION,
                "Situationell prevention i Karlskrona hamn", "Belysning och överblick kring färjeterminalen.",
                SupportPriority.NORMAL, today.minusDays(3), List.of());
        comment("10", situational, "Vi skickar exempel från Trelleborg.", false);
    }

    private UUID request(String county, UUID organisation, SupportTopic topic, String title, String description,
            SupportPriority priority, LocalDate dueOn, List<NeedCategory> needs) {
        return supportRequests.create(county, new SupportRequestWrite(organisation, topic, title, description,
                priority, dueOn, null, needs, null)).id();
    }

    private void move(String county, UUID request, TransitionAction action, String comment) {
        supportRequests.transition(county, request, null, new TransitionWrite(action, comment));
    }

    private void comment(String county, UUID request, String text, boolean internal) {
        supportComments.create(county, request, new CommentWrite(text, internal));
    }

    /**
     * An OPEN needs survey of Kalmar län, opened twelve weeks ago and answered since by organisations of three of its
     * twelve municipalities (Kalmar, Nybro, Borgholm) and the county's police, so that the report shows the gaps and
     * the follow-up shows needs answered since by the held meetings and a resolved request (see {@link #load}):
     * Kalmar's GOOD_EXAMPLES, Nybro's LOCAL_PROBLEM_PICTURE and Borgholm's GOOD_EXAMPLES by a network meeting that an
     * organisation of the municipality attended, Borgholm's NEW_KNOWLEDGE by Trygg på Öland's resolved request, while
     * Kalmar's LOCAL_PROBLEM_PICTURE (priority 5) and Nybro's METHOD_SUPPORT (priority 4) stay unanswered. The survey
     * and its responses are backdated to when they would have been written ({@link DemoBackdating}). Nybro kommun
     * itself has not answered yet: member2-08 (linked to it) can send its SELF response.
     */
    private void kalmarSurvey(UUID kalmar, UUID nybroCouncil, UUID police, UUID trygg) {
        LocalDate opensOn = LocalDate.now(MeetingService.COUNTY_TIME).minusDays(84);
        SurveyView survey = surveys.create("08", new SurveyWrite("Behovskartläggning " + opensOn.getYear(),
                "Vilket stöd behöver kommunerna och de lokala aktörerna i Kalmar län från länsstyrelsen?",
                opensOn, opensOn.plusDays(115), SurveyStatus.DRAFT, List.of(
                        new QuestionWrite(null, "Vilket stöd behöver ni mest?", QuestionType.SINGLE_CHOICE,
                                List.of("Goda exempel", "Lokal problembild", "Utbildning av rådet", "Metodstöd"), true,
                                null),
                        new QuestionWrite(null, "Vilka ämnen vill ni veta mer om?", QuestionType.MULTI_CHOICE,
                                List.of("Våld i nära relationer", "Ungdomsbrottslighet", "Trygghet i centrum",
                                        "Organiserad brottslighet"), false, NeedCategory.NEW_KNOWLEDGE),
                        new QuestionWrite(null, "Hur väl känner ni till länsstyrelsens stöd?", QuestionType.SCALE_1_5,
                                null, true, null),
                        new QuestionWrite(null, "Övriga önskemål", QuestionType.TEXT, null, false,
                                NeedCategory.OTHER))));
        List<UUID> q = surveys.patch("08", survey.id(), survey.version(),
                objectMapper.createObjectNode().put("status", "OPEN")).questions().stream().map(Question::id).toList();
        // drafted and opened on the first day of the survey
        backdating.backdate(DemoBackdating.Table.SURVEY, "08", survey.id(),
                List.of(at(-84, "09:00").toInstant(), at(-84, "09:30").toInstant()));

        response(survey.id(), kalmar, -75, List.of(
                new AnswerWrite(q.get(0), text("Lokal problembild")),
                new AnswerWrite(q.get(1), options("Ungdomsbrottslighet", "Trygghet i centrum")),
                new AnswerWrite(q.get(2), number(4)),
                new AnswerWrite(q.get(3), text("Stöd att uppdatera den lokala lägesbilden för Kalmar centrum."))),
                List.of(new Need(NeedCategory.LOCAL_PROBLEM_PICTURE, 5, "Lägesbild för centrum och Norrliden"),
                        new Need(NeedCategory.GOOD_EXAMPLES, 3, null)));
        response(survey.id(), nybroCouncil, -70, List.of(
                new AnswerWrite(q.get(0), text("Metodstöd")),
                new AnswerWrite(q.get(2), number(3))),
                List.of(new Need(NeedCategory.METHOD_SUPPORT, 4, "Hjälp med åtgärdsplan"),
                        new Need(NeedCategory.LOCAL_PROBLEM_PICTURE, 3, "Polisens lägesbild som underlag")));
        response(survey.id(), police, -65, List.of(
                new AnswerWrite(q.get(0), text("Goda exempel")),
                new AnswerWrite(q.get(1), options("Organiserad brottslighet")),
                new AnswerWrite(q.get(2), number(5))),
                List.of(new Need(NeedCategory.NETWORKING, 3, "Fler möten med kommunernas samordnare")));
        UUID self = surveyResponses.create("08", survey.id(), new ResponseWrite(trygg, ResponseMode.SELF, null, List.of(
                new AnswerWrite(q.get(0), text("Goda exempel")),
                new AnswerWrite(q.get(2), number(1)),
                new AnswerWrite(q.get(3), text("Vi vill veta hur andra föreningar på Öland arbetar med nattvandring."))),
                List.of(new Need(NeedCategory.GOOD_EXAMPLES, 4, null),
                        new Need(NeedCategory.NEW_KNOWLEDGE, 3, "Hur vet vi om nattvandringarna gör skillnad?")), null))
                .id();
        backdating.backdate(DemoBackdating.Table.SURVEY_RESPONSE, "08", self, List.of(at(-66, "20:15").toInstant()));
    }

    /** An interview held {@code days} from today, recorded the same afternoon. */
    private void response(UUID survey, UUID organisation, int days, List<AnswerWrite> answers, List<Need> needs) {
        UUID id = surveyResponses.create("08", survey, new ResponseWrite(organisation, ResponseMode.INTERVIEW,
                LocalDate.now(MeetingService.COUNTY_TIME).plusDays(days), answers, needs, null)).id();
        backdating.backdate(DemoBackdating.Table.SURVEY_RESPONSE, "08", id, List.of(at(days, "16:00").toInstant()));
    }

    private JsonNode text(String value) {
        return objectMapper.getNodeFactory().textNode(value);
    }

    private JsonNode number(int value) {
        return objectMapper.getNodeFactory().numberNode(value);
    }

    private JsonNode options(String... values) {
        ArrayNode array = objectMapper.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    /**
     * Kalmar's meetings: two of its network held with attendance and minutes (one on the local problem picture, which
     * Lena of Nybro kommun attended), one coming to which the network is invited, a training for politicians and a
     * cancelled seminar; dated from today so that the demo always has past and coming ones.
     */
    private void kalmarMeetings(UUID network, UUID karin, UUID jonas, UUID lena, UUID perAke) {
        UUID held = meeting("08", new MeetingWrite("Nätverksträff: bostadsinbrott", "Bostadsinbrott på landsbygden",
                MeetingKind.NETWORK_MEETING, null, network, at(-21, "09:00"), at(-21, "12:00"),
                "Länsstyrelsen, Regeringsgatan 1, Kalmar", "https://meet.example.se/kalmar-natverk", MeetingStatus.HELD,
                List.of(new AgendaItem("Lägesbild från polisen", "Jonas Ekström, kommunpolis", 30),
                        new AgendaItem("Grannsamverkan på Öland", "Per-Åke Lindström", 45),
                        new AgendaItem("Brås stöd till kommunerna", "Anna Forsman, Brå", 45)),
                List.of(new Guest("Anna Forsman", "Brå", "Effektiva åtgärder mot bostadsinbrott")),
                "Polisen redovisade lägesbilden för hösten. Grannsamverkan har startat i tre byar på Öland.",
                List.of(new FollowUpAction("Sammanställ kommunernas trygghetsmätningar", "Karin Åberg",
                                LocalDate.now(MeetingService.COUNTY_TIME).plusDays(30), false),
                        new FollowUpAction("Bjud in Mörbylånga till nästa träff", "Lena Öhman", null, true)),
                List.of(NeedCategory.GOOD_EXAMPLES, NeedCategory.NETWORKING), List.of("0880", "0881", "0885")));
        attend(held, karin, AttendanceStatus.ATTENDED);
        attend(held, jonas, AttendanceStatus.ATTENDED);
        attend(held, perAke, AttendanceStatus.ATTENDED);
        attend(held, lena, AttendanceStatus.ABSENT);

        UUID problemPicture = meeting("08", new MeetingWrite("Nätverksträff: lokal problembild",
                "Så tar kommunen och polisen fram en lokal problembild", MeetingKind.NETWORK_MEETING, null, network,
                at(-60, "13:00"), at(-60, "16:00"), "Nybro kulturhus", null, MeetingStatus.HELD,
                List.of(new AgendaItem("Nybros problembild 2026", "Lena Öhman", 45),
                        new AgendaItem("Polisens lägesbild som underlag", "Jonas Ekström, kommunpolis", 30)),
                List.of(new Guest("Maria Lund", "Brå", "Metoder för lokala problembilder")),
                "Nybro och polisen gick igenom sin gemensamma problembild; Kalmar tar fram sin till våren.",
                List.of(new FollowUpAction("Dela Nybros mall för problembilden med nätverket", "Lena Öhman", null,
                        true)),
                List.of(NeedCategory.LOCAL_PROBLEM_PICTURE), List.of("0880", "0881")));
        attend(problemPicture, lena, AttendanceStatus.ATTENDED);
        attend(problemPicture, jonas, AttendanceStatus.ATTENDED);
        attend(problemPicture, karin, AttendanceStatus.ABSENT);

        UUID coming = meeting("08", new MeetingWrite("Nätverksträff: trygghet i centrum",
                "Situationell prevention i stadskärnan", MeetingKind.NETWORK_MEETING, null, network, at(14, "09:00"),
                at(14, "12:00"), "Nybro kulturhus", null, MeetingStatus.PLANNED,
                List.of(new AgendaItem("Trygghetsvandring i Nybro", "Lena Öhman", 60),
                        new AgendaItem("Platssamverkan", "Jonas Ekström", 30)),
                List.of(new Guest("Elsa Berg", "Malmö universitet", "Platsbaserad brottsprevention")), null, List.of(),
                List.of(NeedCategory.METHOD_SUPPORT), List.of("0881")));
        attend(coming, karin, AttendanceStatus.REGISTERED);
        attendance.inviteNetwork("08", coming);

        meeting("08", new MeetingWrite("Utbildning för förtroendevalda", "Kommunernas brottsförebyggande ansvar",
                MeetingKind.TRAINING, Audience.POLITICIANS, null, at(35, "17:30"), at(35, "20:00"), "Kalmar slott",
                "https://meet.example.se/kalmar-utbildning", MeetingStatus.PLANNED,
                List.of(new AgendaItem("Lagen om kommuners ansvar för brottsförebyggande arbete", "Länsstyrelsen", 60),
                        new AgendaItem("Lokal problembild: så används den", "Karin Åberg", 45)),
                List.of(), null, List.of(), List.of(NeedCategory.COUNCIL_TRAINING, NeedCategory.NEW_KNOWLEDGE),
                List.of()));
        meeting("08", new MeetingWrite("Seminarium om EST", "Effektiv samordning för trygghet", MeetingKind.SEMINAR,
                null, null, at(7, "13:00"), at(7, "15:00"), null, "https://meet.example.se/est", MeetingStatus.CANCELLED,
                List.of(), List.of(), null, List.of(), List.of(NeedCategory.METHOD_SUPPORT), List.of()));
    }

    /** Today plus {@code days} at a time of day in Swedish time. */
    private static OffsetDateTime at(int days, String time) {
        return LocalDate.now(MeetingService.COUNTY_TIME).plusDays(days).atTime(LocalTime.parse(time))
                .atZone(MeetingService.COUNTY_TIME).toOffsetDateTime();
    }

    private UUID meeting(String county, MeetingWrite meeting) {
        return meetings.create(county, meeting).id();
    }

    private void attend(UUID meeting, UUID contact, AttendanceStatus status) {
        attendance.create("08", meeting, new AttendanceWrite(contact, status));
    }

    private UUID organisation(String county, String name, OrganisationType type, String municipality, String number) {
        OrganisationView created = organisations.create(county, new OrganisationWrite(name, type, municipality, number, null));
        return created.id();
    }

    private UUID contact(String county, String name, String email, String phone, UUID organisation, String title) {
        return contact(county, name, email, phone, organisation, title, null);
    }

    private UUID contact(String county, String name, String email, String phone, UUID organisation, String title,
            String login) {
        return contacts.create(county, new ContactWrite(name, email, phone, organisation, title, login, null)).id();
    }

    private UUID network(String county, String name, String purpose) {
        return networks.create(county, new NetworkWrite(name, purpose, NetworkStatus.ACTIVE)).id();
    }

    private void member(String county, UUID network, UUID contact, UUID organisation, MembershipRole role,
            String joinedOn, String leftOn) {
        memberships.create(county, network, new MembershipWrite(contact, organisation, role, LocalDate.parse(joinedOn),
                leftOn == null ? null : LocalDate.parse(leftOn), null));
    }
}
