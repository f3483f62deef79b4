package se.samordna.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samordna.contact.ContactService;
import se.samordna.contact.ContactWrite;
import se.samordna.organisation.Organisation;
import se.samordna.organisation.OrganisationService;
import se.samordna.organisation.OrganisationType;
import se.samordna.organisation.OrganisationView;
import se.samordna.organisation.OrganisationWrite;
import se.samordna.survey.AnswerWrite;
import se.samordna.survey.NeedCategory;
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
 * A few organisations and contacts in Stockholms, Kalmar and Blekinge län, and a Kalmar needs survey with responses,
 * so that a frontend developer sees a living API at first start. Only where {@code samordna.demo-data.enabled} is
 * true (dev mode), and only into an empty database; written through the services, so they have history like any
 * other data.
 */
@ApplicationScoped
public class DemoData {

    private final boolean enabled;
    private final OrganisationService organisations;
    private final ContactService contacts;
    private final SurveyService surveys;
    private final SurveyResponseService surveyResponses;
    private final ObjectMapper objectMapper;

    DemoData(@ConfigProperty(name = "samordna.demo-data.enabled") boolean enabled, OrganisationService organisations,
            ContactService contacts, SurveyService surveys, SurveyResponseService surveyResponses,
            ObjectMapper objectMapper) {
        this.enabled = enabled;
        this.organisations = organisations;
        this.contacts = contacts;
        this.surveys = surveys;
        this.surveyResponses = surveyResponses;
        this.objectMapper = objectMapper;
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
        contact("08", "Karin Åberg", "karin.aberg@kalmar.example", "+46 480-45 00 00", kalmar,
                "Brottsförebyggande samordnare", "member-08");
        contact("08", "Jonas Ekström", "jonas.ekstrom@polisen.example", "+46 10-114 14 14", police08,
                "Kommunpolis");
        contact("08", "Lena Öhman", "lena.ohman@nybro.example", null, nybro, "Trygghetssamordnare", "member2-08");
        contact("08", "Per-Åke Lindström", null, "+46 485-100 00", trygg, "Ordförande");
        kalmarSurvey(kalmar, nybroCouncil, police08, trygg);

        UUID stockholm = organisation("01", "Stockholms stad", OrganisationType.MUNICIPALITY, "0180", "212000-0142");
        UUID spanga = organisation("01", "Spånga-Tensta stadsdelsförvaltning", OrganisationType.CITY_DISTRICT, "0180",
                "212000-0142");
        UUID sodertalje = organisation("01", "Södertälje kommun", OrganisationType.MUNICIPALITY, "0181", null);
        organisation("01", "Polisregion Stockholm", OrganisationType.POLICE, null, "202100-0076");
        contact("01", "Sara Nyström", "sara.nystrom@stockholm.example", "+46 8-508 000 00", stockholm,
                "Strateg för trygghet och brottsförebyggande");
        contact("01", "Ahmed Yusuf", "ahmed.yusuf@stockholm.example", null, spanga, "Lokal brottsförebyggande samordnare");
        contact("01", "Maria Söderberg", "maria.soderberg@sodertalje.example", null, sodertalje, "Säkerhetschef");

        UUID karlskrona = organisation("10", "Karlskrona kommun", OrganisationType.MUNICIPALITY, "1080", null);
        UUID ronneby = organisation("10", "Ronneby kommun", OrganisationType.MUNICIPALITY, "1081", null);
        organisation("10", "Företagarna Blekinge", OrganisationType.BUSINESS, null, null);
        contact("10", "Björn Hägg", "bjorn.hagg@karlskrona.example", "+46 455-30 30 00", karlskrona,
                "Brottsförebyggande samordnare");
        contact("10", "Elin Åkesson", "elin.akesson@ronneby.example", null, ronneby, "Folkhälsostrateg");
    }

    /**
     * An OPEN needs survey of Kalmar län answered by organisations of three of its twelve municipalities (Kalmar,
     * Nybro, Borgholm) and the county's police, so that the report shows the gaps at first start. Nybro kommun has
     * not answered yet: member2-08 (linked to it) can send its SELF response.
     */
    private void kalmarSurvey(UUID kalmar, UUID nybroCouncil, UUID police, UUID trygg) {
        SurveyView survey = surveys.create("08", new SurveyWrite("Behovskartläggning 2027",
                "Vilket stöd behöver kommunerna och de lokala aktörerna i Kalmar län från länsstyrelsen?",
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 31), SurveyStatus.DRAFT, List.of(
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

        response(survey.id(), kalmar, LocalDate.of(2027, 1, 20), List.of(
                new AnswerWrite(q.get(0), text("Lokal problembild")),
                new AnswerWrite(q.get(1), options("Ungdomsbrottslighet", "Trygghet i centrum")),
                new AnswerWrite(q.get(2), number(4)),
                new AnswerWrite(q.get(3), text("Stöd att uppdatera den lokala lägesbilden för Kalmar centrum."))),
                List.of(new Need(NeedCategory.LOCAL_PROBLEM_PICTURE, 5, "Lägesbild för centrum och Norrliden"),
                        new Need(NeedCategory.GOOD_EXAMPLES, 3, null)));
        response(survey.id(), nybroCouncil, LocalDate.of(2027, 1, 27), List.of(
                new AnswerWrite(q.get(0), text("Metodstöd")),
                new AnswerWrite(q.get(2), number(3))),
                List.of(new Need(NeedCategory.METHOD_SUPPORT, 4, "Hjälp med åtgärdsplan")));
        response(survey.id(), police, LocalDate.of(2027, 2, 3), List.of(
                new AnswerWrite(q.get(0), text("Goda exempel")),
                new AnswerWrite(q.get(1), options("Organiserad brottslighet")),
                new AnswerWrite(q.get(2), number(5))),
                List.of(new Need(NeedCategory.NETWORKING, 3, "Fler möten med kommunernas samordnare")));
        surveyResponses.create("08", survey.id(), new ResponseWrite(trygg, ResponseMode.SELF, null, List.of(
                new AnswerWrite(q.get(0), text("Goda exempel")),
                new AnswerWrite(q.get(2), number(1)),
                new AnswerWrite(q.get(3), text("Vi vill veta hur andra föreningar på Öland arbetar med nattvandring."))),
                List.of(new Need(NeedCategory.GOOD_EXAMPLES, 4, null))));
    }

    private void response(UUID survey, UUID organisation, LocalDate interviewedOn, List<AnswerWrite> answers,
            List<Need> needs) {
        surveyResponses.create("08", survey, new ResponseWrite(organisation, ResponseMode.INTERVIEW, interviewedOn,
                answers, needs));
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

    private UUID organisation(String county, String name, OrganisationType type, String municipality, String number) {
        OrganisationView created = organisations.create(county, new OrganisationWrite(name, type, municipality, number));
        return created.id();
    }

    private void contact(String county, String name, String email, String phone, UUID organisation, String title) {
        contact(county, name, email, phone, organisation, title, null);
    }

    private void contact(String county, String name, String email, String phone, UUID organisation, String title,
            String login) {
        contacts.create(county, new ContactWrite(name, email, phone, organisation, title, login));
    }
}
