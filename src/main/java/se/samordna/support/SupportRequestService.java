package se.samordna.support;

import se.samordna.county.NeedCategory;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samordna.audit.Actor;
import se.samordna.audit.ChangeAction;
import se.samordna.audit.ChangeLog;
import se.samordna.audit.CurrentActor;
import se.samordna.contact.LinkedContacts;
import se.samordna.county.CountyResourceService;
import se.samordna.county.TextSearch;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Period;
import se.samordna.web.ProblemException;
import se.samordna.web.Sorting;

/**
 * Support requests of a county. A member files for the organisation of its linked contact and may change its own
 * request while it is SUBMITTED; coordinators file for any organisation of the county, assign, and move requests
 * through the workflow, each move kept as a transition. The county's importer files as coordinators do, in bulk
 * imports only (see {@link SupportAccess#filesForTheCounty}).
 */
@ApplicationScoped
public class SupportRequestService
        extends CountyResourceService<SupportRequest, SupportRequestWrite, SupportRequestView> {

    static final Map<String, String> SORTABLE = Map.of(
            "title", "title", "createdAt", "createdAt", "updatedAt", "updatedAt", "dueOn", "dueOn",
            "priority", "priority", "status", "status");

    private final SupportRequestRepository requests;
    private final OrganisationRepository organisations;
    private final SupportAccess access;
    private final LinkedContacts linkedContacts;
    private final CurrentActor currentActor;

    SupportRequestService(SupportRequestRepository requests, OrganisationRepository organisations,
            SupportAccess access, LinkedContacts linkedContacts, CurrentActor currentActor) {
        super(requests, SupportRequest.RESOURCE_TYPE, SupportRequestWrite.class, null);
        this.requests = requests;
        this.organisations = organisations;
        this.access = access;
        this.linkedContacts = linkedContacts;
        this.currentActor = currentActor;
    }

    /** Today in Sweden, the day due dates are compared with. */
    static LocalDate today() {
        return Period.today();
    }

    /**
     * Filters of the request list; each may be null. {@code assigneeSubject} names a coordinator, or is one of
     * the words {@code me} (the caller) or {@code none} (no one yet).
     */
    public record Filter(RequestStatus status, SupportTopic topic, SupportPriority priority, String assignee,
            UUID organisationId, String municipalityCode, Boolean overdue, NeedCategory needCategory, String q) {
    }

    private static final String ASSIGNEE = "assigneeSubject";

    /** Answers {@link Filter#assignee()} for {@code assignee=me}. */
    public static final String ME = "me";

    /** Answers {@link Filter#assignee()} for {@code assignee=none}. */
    public static final String NONE = "none";

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SupportRequestView> list(String countyCode, Filter filter, PageParams paging) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add(new Condition("status = :status", Parameters.with("status", filter.status())));
        }
        if (filter.topic() != null) {
            conditions.add(new Condition("topic = :topic", Parameters.with("topic", filter.topic())));
        }
        if (filter.priority() != null) {
            conditions.add(new Condition("priority = :priority", Parameters.with("priority", filter.priority())));
        }
        if (NONE.equals(filter.assignee())) {
            conditions.add(new Condition("assigneeSubject is null", new Parameters()));
        } else if (filter.assignee() != null) {
            String assignee = ME.equals(filter.assignee()) ? currentActor.get().subject() : filter.assignee();
            conditions.add(new Condition("assigneeSubject = :assignee", Parameters.with("assignee", assignee)));
        }
        if (filter.organisationId() != null) {
            conditions.add(new Condition("organisationId = :organisationId",
                    Parameters.with("organisationId", filter.organisationId())));
        }
        if (filter.municipalityCode() != null && !filter.municipalityCode().isBlank()) {
            conditions.add(new Condition("organisationId in (select o.id from Organisation o"
                    + " where o.countyCode = :countyCode and o.municipalityCode = :municipalityCode)",
                    Parameters.with("municipalityCode", filter.municipalityCode().strip())));
        }
        if (filter.overdue() != null) {
            String overdue = "(status in :open and dueOn is not null and dueOn < :today)";
            conditions.add(new Condition(filter.overdue() ? overdue : "not " + overdue,
                    Parameters.with("open", RequestStatus.OPEN).and("today", today())));
        }
        if (filter.needCategory() != null) {
            conditions.add(new Condition("array_contains(needCategories, :needCategory)",
                    Parameters.with("needCategory", filter.needCategory().name())));
        }
        if (TextSearch.present(filter.q())) {
            conditions.add(TextSearch.condition(filter.q(), "title", "description"));
        }
        return list(countyCode, conditions, paging, SORTABLE, "title");
    }

    /**
     * Moves the request on by {@code write.action()}, keeps the move as a transition and records the request's
     * new version. Coordinators make every move; the member who filed the request may only REOPEN it.
     *
     * @param expectedVersion the version the client read, or null when it sent no If-Match
     */
    @Transactional
    public SupportRequestView transition(String countyCode, UUID id, Long expectedVersion, TransitionWrite write) {
        SupportRequest request = requests.getInCounty(countyCode, id);
        if (expectedVersion != null) {
            writes.requireVersion(request, expectedVersion);
        }
        boolean coordinator = access.isCoordinator(countyCode);
        TransitionAction action = write.action();
        if (!coordinator && action != TransitionAction.REOPEN) {
            throw ProblemException.forbidden("action", "only coordinators " + action
                    + " a request; its filer may only REOPEN it");
        }
        if (!action.allowedFrom(request.status)) {
            throw ProblemException.conflict("A request that is " + request.status + " cannot be moved by "
                    + action + "; " + action + " moves a request that is " + action.from() + ".");
        }
        SupportTransition transition = new SupportTransition();
        transition.id = UUID.randomUUID();
        transition.countyCode = countyCode;
        transition.requestId = request.id;
        transition.action = action;
        transition.fromStatus = request.status;
        transition.toStatus = action.to();
        transition.comment = blankToNull(write.comment());
        Actor actor = currentActor.get();
        transition.actorSubject = actor.subject();
        transition.actorName = actor.name();
        transition.byCoordinator = coordinator;

        request.status = action.to();
        SupportRequestView view = writes.update(resourceType(), request, this::view);
        transition.occurredAt = request.updatedAt;
        transition.persist();
        // a create like any other: a mirror fed by the change feed gets the move with its comment, which the filer
        // reads, without asking every request for its transitions
        changeLog.record(countyCode, SupportTransition.RESOURCE_TYPE, transition.id, ChangeAction.CREATED, 0,
                TransitionView.of(transition), transition.occurredAt);
        return view;
    }

    /** The request's transitions, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TransitionView> transitions(String countyCode, UUID id, PageParams paging) {
        SupportRequest request = requests.getInCounty(countyCode, id);
        return Page.of(SupportTransition.<SupportTransition>find("countyCode = ?1 and requestId = ?2",
                Sorting.parse(paging.sort, Map.of("occurredAt", "occurredAt"), "occurredAt"), countyCode, request.id),
                paging).map(TransitionView::of);
    }

    /**
     * In a merge patch null removes a field: a member's {@code "assigneeSubject": null} would unassign the request,
     * which only coordinators do. (Leaving the field out of a PUT keeps the assignee, see {@link #apply}.)
     */
    @Override
    @Transactional
    public SupportRequestView patch(String countyCode, UUID parentId, UUID id, long expectedVersion,
            JsonNode patch) {
        if (patch != null && patch.path(ASSIGNEE).isNull() && !access.isCoordinator(countyCode)
                && requests.getInCounty(countyCode, id).assigneeSubject != null) {
            throw onlyCoordinatorsAssign();
        }
        return super.patch(countyCode, parentId, id, expectedVersion, patch);
    }

    /**
     * Removes the request with its comments and transitions. Each comment is an object of the change feed, so its
     * deletion is recorded there as its creation was (the feed hides an internal one's from all but coordinators).
     */
    @Override
    @Transactional
    public void delete(String countyCode, UUID parentId, UUID id, long expectedVersion) {
        SupportRequest request = find(countyCode, parentId, id);
        // locked first and read again, so that the comments listed are all there are: a comment being added holds a
        // share lock on the request until it commits (SupportCommentService), and the cascade would remove one
        // committed after the list without its deletion in the change feed
        requests.getForUpdate(countyCode, request.id);
        writes.requireVersion(request, expectedVersion);
        for (SupportComment comment : SupportComment.<SupportComment>list(
                "countyCode = ?1 and requestId = ?2 order by createdAt, id", countyCode, request.id)) {
            writes.delete(SupportComment.RESOURCE_TYPE, comment);
        }
        // the transitions go with the request (the cascade); each was created in the feed, so its deletion is there
        // too, all in one statement
        changeLog.recordAll(countyCode, SupportTransition.RESOURCE_TYPE, SupportTransition.<SupportTransition>list(
                "countyCode = ?1 and requestId = ?2 order by occurredAt, id", countyCode, request.id).stream()
                .map(transition -> new ChangeLog.Change(transition.id, ChangeAction.DELETED, 1, null)).toList(),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        writes.delete(resourceType(), request);
    }

    /** A member reads the history of its own requests only, and not after they are deleted. */
    @Override
    protected void requireHistoryVisible(String countyCode, UUID parentId, UUID id) {
        if (access.onlyFiledBy(countyCode).isPresent()) {
            requests.getInCounty(countyCode, id);
        }
        super.requireHistoryVisible(countyCode, parentId, id);
    }




    @Override
    protected SupportRequest newEntity(String countyCode, UUID parentId) {
        SupportRequest request = new SupportRequest();
        Actor filer = currentActor.get();
        request.status = RequestStatus.SUBMITTED;
        request.filedBy = filer.subject();
        request.filedByName = filer.name();
        return request;
    }

    @Override
    protected void apply(String countyCode, SupportRequestWrite write, SupportRequest request) {
        boolean filing = request.id == null;
        if (access.filesForTheCounty(countyCode)) {
            if (write.organisationId() == null) {
                throw ProblemException.invalid("organisationId", "must not be null");
            }
            if (!organisations.existsInCounty(countyCode, write.organisationId())) {
                throw ProblemException.invalid("organisationId", "must be an organisation of county " + countyCode);
            }
            request.organisationId = write.organisationId();
            request.assigneeSubject = write.assigneeSubject() == null ? null : write.assigneeSubject().toLowerCase();
        } else {
            UUID own = filing ? linkedContacts.requireOrganisation(countyCode) : request.organisationId;
            if (write.organisationId() != null && !write.organisationId().equals(own)) {
                throw ProblemException.forbidden("organisationId",
                        "a member files for its own organisation only, " + own);
            }
            // left out, the assignee stays; a member may repeat it but not change it
            if (write.assigneeSubject() != null && !write.assigneeSubject().equalsIgnoreCase(request.assigneeSubject)) {
                throw onlyCoordinatorsAssign();
            }
            if (!filing && request.status != RequestStatus.SUBMITTED) {
                throw ProblemException.conflict("The request is " + request.status
                        + ": its filer may change it only while it is SUBMITTED. Comment on it instead.");
            }
            request.organisationId = own;
        }
        request.topic = write.topic();
        request.title = write.title().strip();
        request.description = write.description().strip();
        request.priority = write.priority();
        request.dueOn = write.dueOn();
        request.externalId = write.storedExternalId();
        List<String> categories = write.needCategories() == null ? List.of()
                : new LinkedHashSet<>(write.needCategories()).stream().map(Enum::name).toList();
        if (!categories.equals(request.needCategories)) {
            request.needCategories = new ArrayList<>(categories);
        }
    }

    @Override
    protected SupportRequestWrite toWrite(SupportRequest r) {
        return new SupportRequestWrite(r.organisationId, r.topic, r.title, r.description, r.priority, r.dueOn,
                r.assigneeSubject, r.needCategories.stream().map(NeedCategory::valueOf).toList(), r.externalId);
    }

    @Override
    protected SupportRequestView view(SupportRequest request) {
        return views(List.of(request)).get(0);
    }

    /**
     * Views of a page. The organisations' names come with the requests read (one statement); only those of requests
     * written in this transaction are looked up, in one query.
     */
    @Override
    protected List<SupportRequestView> views(List<SupportRequest> page) {
        List<UUID> unread = page.stream().filter(r -> !r.organisationNameRead()).map(r -> r.organisationId)
                .distinct().toList();
        Map<UUID, String> names = unread.isEmpty() ? Map.of()
                : organisations.namesInCounty(page.get(0).countyCode, unread);
        LocalDate today = today();
        return page.stream().map(r -> SupportRequestView.of(r,
                r.organisationNameRead() ? r.organisationName : names.get(r.organisationId), today)).toList();
    }

    private static ProblemException onlyCoordinatorsAssign() {
        return ProblemException.forbidden(ASSIGNEE, "only coordinators assign a request");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
