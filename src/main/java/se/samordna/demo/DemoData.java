package se.samordna.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samordna.contact.ContactService;
import se.samordna.contact.ContactWrite;
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

/**
 * A few organisations, contacts and networks in Stockholms, Kalmar and Blekinge län, so that a frontend developer sees a
 * living API at first start. Only where {@code samordna.demo-data.enabled} is true (dev mode), and only into an
 * empty database; written through the services, so they have history like any other data.
 */
@ApplicationScoped
public class DemoData {

    private final boolean enabled;
    private final OrganisationService organisations;
    private final ContactService contacts;
    private final NetworkService networks;
    private final MembershipService memberships;

    DemoData(@ConfigProperty(name = "samordna.demo-data.enabled") boolean enabled, OrganisationService organisations,
            ContactService contacts, NetworkService networks, MembershipService memberships) {
        this.enabled = enabled;
        this.organisations = organisations;
        this.contacts = contacts;
        this.networks = networks;
        this.memberships = memberships;
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
        contact("08", "Per-Åke Lindström", null, "+46 485-100 00", trygg, "Ordförande");
        // Kalmar's network of municipalities and municipal police; Lena (Nybro) left it for a year and came back
        UUID kalmarNetwork = network("08", "Kalmar läns nätverk för kommuner och kommunpoliser",
                "Kommunernas brottsförebyggande samordnare och kommunpoliserna i länet delar lägesbilder och metoder");
        member("08", kalmarNetwork, karin, null, MembershipRole.CHAIR, "2023-02-01", null);
        member("08", kalmarNetwork, jonas, null, MembershipRole.MEMBER, "2023-02-01", null);
        member("08", kalmarNetwork, lena, null, MembershipRole.MEMBER, "2023-02-01", "2024-03-01");
        member("08", kalmarNetwork, lena, null, MembershipRole.MEMBER, "2025-03-01", null);
        member("08", kalmarNetwork, null, trygg, MembershipRole.MEMBER, "2025-09-01", null);

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

    private UUID network(String county, String name, String purpose) {
        return networks.create(county, new NetworkWrite(name, purpose, NetworkStatus.ACTIVE)).id();
    }

    private void member(String county, UUID network, UUID contact, UUID organisation, MembershipRole role,
            String joinedOn, String leftOn) {
        memberships.create(county, network, new MembershipWrite(contact, organisation, role, LocalDate.parse(joinedOn),
                leftOn == null ? null : LocalDate.parse(leftOn)));
    }
}
