package se.samordna.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samordna.contact.ContactRepository;
import se.samordna.network.Membership;
import se.samordna.network.MembershipRepository;
import se.samordna.network.MembershipService;
import se.samordna.network.MembershipWrite;
import se.samordna.network.Network;
import se.samordna.network.NetworkRepository;
import se.samordna.network.NetworkStatus;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.web.Problem.FieldError;

/**
 * Memberships imported as they are written one by one ({@link MembershipWrite} and its service's rules), of any
 * networks of the county: a row names its network by {@code networkId}, the id Samordna gave it (networks are made
 * in Samordna, not imported, and a county has few), and its contact and organisation by id or, as
 * {@code contactExternalId} and {@code organisationExternalId}, by their externalId. A membership imported again
 * (by its externalId) stays in its network.
 */
@Singleton
class MembershipImport extends ImportKind<MembershipWrite> {

    static final String NETWORK_ID = "networkId";
    static final String CONTACT_EXTERNAL_ID = "contactExternalId";

    private final MembershipRepository membershipRepository;
    private final NetworkRepository networks;
    private final ContactRepository contacts;
    private final OrganisationRepository organisations;

    MembershipImport(MembershipService memberships, MembershipRepository membershipRepository,
            NetworkRepository networks, ContactRepository contacts, OrganisationRepository organisations) {
        super("memberships", MembershipWrite.class, memberships);
        this.membershipRepository = membershipRepository;
        this.networks = networks;
        this.contacts = contacts;
        this.organisations = organisations;
    }

    @Override
    Set<String> referenceColumns() {
        return Set.of(NETWORK_ID, CONTACT_EXTERNAL_ID, ExternalReferences.ORGANISATION_EXTERNAL_ID);
    }

    @Override
    void resolveReferences(String countyCode, List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        ExternalReferences.resolve(countyCode, rows, rejected, CONTACT_EXTERNAL_ID, "contactId", "a contact",
                contacts);
        ExternalReferences.resolveOrganisations(countyCode, rows, rejected, organisations);
        List<UUID> named = ExternalReferences.parentIds(rows, rejected, NETWORK_ID,
                "a network of county " + countyCode);
        // looked up for the rows' rules too, and locked before the members' memberships are read for the overlap
        // rule (lookUpReferences), as a single write locks its network before it checks
        Map<UUID, Network> found = networks.lookUpForUpdate(countyCode,
                named.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(network -> network.id, Function.identity()));
        Map<String, Membership> existing = membershipRepository.byExternalIds(countyCode,
                ExternalReferences.keys(rows, "externalId"));
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            UUID networkId = named.get(i);
            if (networkId == null) {
                continue;
            }
            Membership earlier = ExternalReferences.carrying(row, existing);
            if (!found.containsKey(networkId)) {
                refuse(rejected, i, "must be a network of county " + countyCode);
            } else if (earlier != null && !earlier.networkId.equals(networkId)) {
                refuse(rejected, i, "is not the network of membership " + earlier.id + ", which carries this "
                        + "externalId: a membership stays in its network");
            } else if (earlier == null && found.get(networkId).status == NetworkStatus.CLOSED) {
                refuse(rejected, i, "is the closed network " + found.get(networkId).name + ": it takes no new members");
            }
        }
        refuseOverlapsWithinTheFile(rows, rejected);
    }

    /**
     * Refuses a row whose member already belongs to the same network, in an earlier row of the file, on a day this
     * row covers: the database holds neither yet, so the family's own check of overlaps cannot see them. A row that
     * names no contact is the organisation's own membership, as the family's check has it.
     */
    private static void refuseOverlapsWithinTheFile(List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        Map<List<String>, List<Integer>> byMember = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            LocalDate joinedOn = row == null || rejected.containsKey(i) ? null : date(row.get("joinedOn"));
            if (joinedOn == null) {
                continue;
            }
            // ids as UUIDs, so that one written in capitals is the same member
            List<String> member = Arrays.asList(id(row.get(NETWORK_ID)), id(row.get("contactId")),
                    row.hasNonNull("contactId") ? null : id(row.get("organisationId")));
            LocalDate leftOn = date(row.get("leftOn"));
            for (int earlier : byMember.computeIfAbsent(member, m -> new ArrayList<>())) {
                ObjectNode other = rows.get(earlier);
                LocalDate otherLeftOn = date(other.get("leftOn"));
                if ((otherLeftOn == null || otherLeftOn.isAfter(joinedOn))
                        && (leftOn == null || date(other.get("joinedOn")).isBefore(leftOn))) {
                    ExternalReferences.refuse(rejected, i, new FieldError("joinedOn", "overlaps the membership of row "
                            + (earlier + 1) + " of this import: memberships of one member may not overlap"));
                    break;
                }
            }
            byMember.get(member).add(i);
        }
    }

    /** An id as the row gives it, in the canonical form of a UUID where it is one. */
    private static String id(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static LocalDate date(JsonNode value) {
        try {
            return value == null || !value.isTextual() ? null : LocalDate.parse(value.asText().strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @Override
    List<UUID> parentIds(List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        return ExternalReferences.takeParentIds(rows, rejected, NETWORK_ID);
    }

    @Override
    void lookUpReferences(String countyCode, List<MembershipWrite> rows) {
        organisations.lookUp(countyCode, rows.stream().filter(Objects::nonNull).map(MembershipWrite::organisationId)
                .filter(Objects::nonNull).toList());
        List<UUID> contactIds = rows.stream().filter(Objects::nonNull).map(MembershipWrite::contactId)
                .filter(Objects::nonNull).toList();
        contacts.lookUp(countyCode, contactIds);
        // the members' memberships, for the rule that one member's may not overlap: a contact's, and an
        // organisation's own (a row without a contact)
        membershipRepository.lookUpMembershipsOf(countyCode, contactIds, rows.stream().filter(Objects::nonNull)
                .filter(row -> row.contactId() == null).map(MembershipWrite::organisationId).filter(Objects::nonNull)
                .toList());
    }

    private static void refuse(Map<Integer, List<FieldError>> rejected, int index, String message) {
        ExternalReferences.refuse(rejected, index, new FieldError(NETWORK_ID, message));
    }
}
