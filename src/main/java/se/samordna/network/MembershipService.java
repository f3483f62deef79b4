package se.samordna.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samordna.contact.Contact;
import se.samordna.contact.ContactRepository;
import se.samordna.county.CountyResourceService;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.region.MunicipalityView;
import se.samordna.region.ReferenceData;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Problem;
import se.samordna.web.ProblemException;
import se.samordna.web.Sorting;

/**
 * Memberships of a network. A contact and an organisation must be the county's; the same member's memberships of
 * one network never overlap in time; a CLOSED network takes no new ones.
 */
@ApplicationScoped
public class MembershipService extends CountyResourceService<Membership, MembershipWrite, MembershipView> {

    private final MembershipRepository memberships;
    private final NetworkRepository networks;
    private final ContactRepository contacts;
    private final OrganisationRepository organisations;
    private final ReferenceData referenceData;

    MembershipService(MembershipRepository memberships, NetworkRepository networks, ContactRepository contacts,
            OrganisationRepository organisations, ReferenceData referenceData) {
        super(memberships, Membership.RESOURCE_TYPE, MembershipWrite.class, null);
        this.memberships = memberships;
        this.networks = networks;
        this.contacts = contacts;
        this.organisations = organisations;
        this.referenceData = referenceData;
    }

    /** A page of the network's memberships: by default those current today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MembershipView> list(String countyCode, UUID networkId, MembershipRepository.Filter filter,
            PageParams paging) {
        networks.getInCounty(countyCode, networkId);
        String orderBy = Sorting.orderBy(paging.sort, MembershipRepository.SORTABLE, "name", "m.id");
        return memberships.page(countyCode, networkId, withDate(filter), orderBy, paging.pageNumber(),
                paging.pageSize(), paging.total()).map(this::view);
    }

    /** Every membership of the network the filter lets through, with the contacts' details: the export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MembershipRepository.Row> export(String countyCode, UUID networkId, MembershipRepository.Filter filter,
            String sort) {
        networks.getInCounty(countyCode, networkId);
        return memberships.all(countyCode, networkId, withDate(filter),
                Sorting.orderBy(sort, MembershipRepository.SORTABLE, "name", "m.id"));
    }

    /** The name of the network, for a file name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String networkName(String countyCode, UUID networkId) {
        return networks.getInCounty(countyCode, networkId).name;
    }

    private static MembershipRepository.Filter withDate(MembershipRepository.Filter filter) {
        if (filter.at() != null && filter.includeFormer()) {
            throw ProblemException.invalid("includeFormer", "lists everyone ever; leave out at, or this");
        }
        return filter.at() != null || filter.includeFormer() ? filter
                : new MembershipRepository.Filter(Membership.today(), false, filter.role(), filter.organisationType(),
                        filter.municipalityCode());
    }

    @Override
    protected String parentField() {
        return "networkId";
    }

    @Override
    protected Membership find(String countyCode, UUID networkId, UUID id) {
        if (networkId == null) {
            return super.find(countyCode, null, id);
        }
        return memberships.findInNetwork(countyCode, networkId, id)
                .orElseThrow(() -> ProblemException.notFound(memberships.displayName() + " " + id));
    }

    @Override
    protected Membership newEntity(String countyCode, UUID networkId) {
        // the network locked: membership writes of one network take their turn, so that two of them cannot both pass
        // the overlap check, nor one slip in while the network is being closed
        Network network = networks.getForUpdate(countyCode, networkId);
        if (network.status == NetworkStatus.CLOSED) {
            throw ProblemException.conflict("The network " + network.name + " is closed: it takes no new members."
                    + " Its memberships stay readable, and leaving dates can still be set.");
        }
        Membership membership = new Membership();
        membership.networkId = networkId;
        return membership;
    }


    /** Checks everything first and changes the entity last, so that no query here flushes a half-applied change. */
    @Override
    protected void apply(String countyCode, MembershipWrite write, Membership membership) {
        if (write.contactId() == null && write.organisationId() == null) {
            throw new ProblemException(400, "validation", "Invalid request", "The request has 2 invalid fields",
                    List.of(new Problem.FieldError("contactId", "or organisationId is required"),
                            new Problem.FieldError("organisationId", "or contactId is required")));
        }
        if (write.leftOn() != null && !write.leftOn().isAfter(write.joinedOn())) {
            throw ProblemException.invalid("leftOn", "must be after joinedOn: it is the first day without membership");
        }
        UUID organisationId = write.organisationId();
        if (write.contactId() != null) {
            Optional<Contact> contact = contacts.knownInCounty(countyCode, write.contactId());
            // a contact erased since it joined is no contact to name anew, but its membership stays editable (to
            // end it, say), keeping the organisation it was stored with
            boolean sameContact = write.contactId().equals(membership.contactId);
            if (contact.isEmpty() && !sameContact) {
                throw ProblemException.invalid("contactId", "must be a contact of county " + countyCode);
            }
            if (organisationId == null) {
                organisationId = contact.map(c -> c.organisationId).orElse(membership.organisationId);
            }
        }
        if (write.organisationId() != null
                && !organisations.existsInCounty(countyCode, write.organisationId())) {
            throw ProblemException.invalid("organisationId", "must be an organisation of county " + countyCode);
        }
        networks.getForUpdate(countyCode, membership.networkId);
        Membership proposed = new Membership();
        proposed.id = membership.id;
        proposed.countyCode = countyCode;
        proposed.networkId = membership.networkId;
        proposed.contactId = write.contactId();
        proposed.organisationId = organisationId;
        proposed.joinedOn = write.joinedOn();
        proposed.leftOn = write.leftOn();
        memberships.overlapping(proposed).ifPresent(other -> {
            throw new ProblemException(409, "conflict", "Conflict", "The same member already belongs to this network"
                    + " from " + other.joinedOn + (other.leftOn == null ? "" : " until " + other.leftOn)
                    + " (membership " + other.id + "); memberships of one member may not overlap",
                    List.of(new Problem.FieldError("joinedOn", "overlaps membership " + other.id)));
        });
        membership.contactId = proposed.contactId;
        membership.organisationId = organisationId;
        membership.role = write.role();
        membership.joinedOn = write.joinedOn();
        membership.leftOn = write.leftOn();
        membership.externalId = write.storedExternalId();
    }

    @Override
    protected MembershipWrite toWrite(Membership m) {
        return new MembershipWrite(m.contactId, m.organisationId, m.role, m.joinedOn, m.leftOn, m.externalId);
    }

    @Override
    protected MembershipView view(Membership membership) {
        return view(memberships.row(membership));
    }

    /** Views of many memberships (a bulk write's), in a query per thousands of them instead of one each. */
    @Override
    protected List<MembershipView> views(List<Membership> entities) {
        return entities.isEmpty() ? List.of()
                : memberships.rows(entities.getFirst().countyCode, entities).stream().map(this::view).toList();
    }

    MembershipView view(MembershipRepository.Row row) {
        Membership m = row.membership();
        return new MembershipView(m.id, m.countyCode, m.networkId, m.contactId, row.contactName(), m.organisationId,
                row.organisationName(), row.organisationType(), row.municipalityCode(),
                referenceData.municipality(row.municipalityCode()).map(MunicipalityView::name).orElse(null),
                m.role, m.joinedOn, m.leftOn, m.externalId, m.version, m.createdAt, m.createdBy, m.updatedAt, m.updatedBy);
    }



}
