package se.samordna.demo;

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
import se.samordna.contact.ContactWrite;
import se.samordna.county.NeedCategory;
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
import se.samordna.organisation.Organisation;
import se.samordna.organisation.OrganisationService;
import se.samordna.organisation.OrganisationType;
import se.samordna.organisation.OrganisationView;
import se.samordna.organisation.OrganisationWrite;

/**
 * A few organisations, contacts and meetings in Stockholms, Kalmar and Blekinge län, so that a frontend developer sees a
 * living API at first start. Only where {@code samordna.demo-data.enabled} is true (dev mode), and only into an
 * empty database; written through the services, so they have history like any other data.
 */
@ApplicationScoped
public class DemoData {

    private final boolean enabled;
    private final OrganisationService organisations;
    private final ContactService contacts;
    private final MeetingService meetings;
    private final AttendanceService attendance;

    DemoData(@ConfigProperty(name = "samordna.demo-data.enabled") boolean enabled, OrganisationService organisations,
            ContactService contacts, MeetingService meetings, AttendanceService attendance) {
        this.enabled = enabled;
        this.organisations = organisations;
        this.contacts = contacts;
        this.meetings = meetings;
        this.attendance = attendance;
    }

    void load(@Observes StartupEvent start) {
        if (!enabled || Organisation.count() > 0) {
            return;
        }
        Log.info("Loading demo data into counties 01, 08 and 10");

        UUID kalmar = organisation("08", "Kalmar kommun", OrganisationType.MUNICIPALITY, "0880", null);
        UUID nybro = organisation("08", "Nybro kommun", OrganisationType.MUNICIPALITY, "0881", null);
        UUID police08 = organisation("08", "Polisområde Kalmar län", OrganisationType.POLICE, null, "202100-0076");
        organisation("08", "Brottsförebyggande rådet i Nybro", OrganisationType.LOCAL_COUNCIL, "0881", null);
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
        kalmarMeetings(karin, jonas, lena, perAke);

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
        meeting("10", new MeetingWrite("Nätverksträff: trygghet i skärgården", "Sommarens ordningsstörningar",
                MeetingKind.NETWORK_MEETING, null, null, at(30, "13:00"), at(30, "16:00"), "Karlskrona rådhus", null,
                MeetingStatus.PLANNED, List.of(new AgendaItem("Erfarenheter från förra sommaren", null, 45)),
                List.of(), null, List.of(), List.of(NeedCategory.GOOD_EXAMPLES), List.of("1080", "1081")));
    }

    /**
     * Kalmar's meetings: a network meeting held three weeks ago with attendance and minutes, one coming, a training
     * for politicians and a cancelled seminar; dated from today so that the demo always has past and coming ones.
     */
    private void kalmarMeetings(UUID karin, UUID jonas, UUID lena, UUID perAke) {
        UUID held = meeting("08", new MeetingWrite("Nätverksträff: bostadsinbrott", "Bostadsinbrott på landsbygden",
                MeetingKind.NETWORK_MEETING, null, null, at(-21, "09:00"), at(-21, "12:00"),
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

        UUID coming = meeting("08", new MeetingWrite("Nätverksträff: trygghet i centrum",
                "Situationell prevention i stadskärnan", MeetingKind.NETWORK_MEETING, null, null, at(14, "09:00"),
                at(14, "12:00"), "Nybro kulturhus", null, MeetingStatus.PLANNED,
                List.of(new AgendaItem("Trygghetsvandring i Nybro", "Lena Öhman", 60),
                        new AgendaItem("Platssamverkan", "Jonas Ekström", 30)),
                List.of(new Guest("Elsa Berg", "Malmö universitet", "Platsbaserad brottsprevention")), null, List.of(),
                List.of(NeedCategory.METHOD_SUPPORT), List.of("0881")));
        attend(coming, karin, AttendanceStatus.REGISTERED);
        attend(coming, lena, AttendanceStatus.INVITED);
        attend(coming, jonas, AttendanceStatus.INVITED);

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
        OrganisationView created = organisations.create(county, new OrganisationWrite(name, type, municipality, number));
        return created.id();
    }

    private UUID contact(String county, String name, String email, String phone, UUID organisation, String title) {
        return contact(county, name, email, phone, organisation, title, null);
    }

    private UUID contact(String county, String name, String email, String phone, UUID organisation, String title,
            String login) {
        return contacts.create(county, new ContactWrite(name, email, phone, organisation, title, login)).id();
    }
}
