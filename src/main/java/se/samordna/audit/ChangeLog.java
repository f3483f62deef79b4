package se.samordna.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import se.samordna.web.Page;

/**
 * Appends the change event of every write of county data in the writer's transaction, and reads an object's
 * history back. The same events are the county's change feed.
 */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final CurrentActor currentActor;

    ChangeLog(EntityManager em, ObjectMapper mapper, CurrentActor currentActor) {
        this.em = em;
        this.mapper = mapper;
        this.currentActor = currentActor;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String countyCode, String resourceType, UUID id, ChangeAction action, long version,
            Object state, Instant at) {
        lockCounty(countyCode);
        Actor actor = currentActor.get();
        ChangeEvent event = new ChangeEvent();
        event.countyCode = countyCode;
        event.resourceType = resourceType;
        event.resourceId = id;
        event.action = action;
        event.version = version;
        event.actorSubject = actor.subject();
        event.actorName = actor.name();
        event.actorClient = actor.client();
        event.occurredAt = at;
        event.state = state == null ? null : mapper.valueToTree(state);
        em.persist(event);
    }

    /** One change of a bulk write: the object, what was done to it, its version and state afterwards. */
    public record Change(UUID id, ChangeAction action, long version, Object state) {
    }

    /**
     * Appends the events of many changes of one county's objects as {@link #record} does each, streamed through
     * PostgreSQL's COPY instead of a statement per change; the objects' own rows must be flushed first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String countyCode, String resourceType, List<Change> changes, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        lockCounty(countyCode);
        Actor actor = currentActor.get();
        String occurredAt = at.toString();
        em.unwrap(Session.class).doWork(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy change_event (county_code, resource_type, resource_id, action, version, actor_subject,
                                       actor_name, actor_client, occurred_at, state) from stdin (format csv)
                    """);
            try {
                // streamed a slice at a time, so that a large import never holds all its rows as one text
                for (int from = 0; from < changes.size(); from += COPY_SLICE) {
                    StringBuilder rows = new StringBuilder();
                    try (CSVPrinter csv = new CSVPrinter(rows, CSVFormat.POSTGRESQL_CSV)) {
                        for (Change change : changes.subList(from, Math.min(changes.size(), from + COPY_SLICE))) {
                            csv.printRecord(countyCode, resourceType, change.id(), change.action().name(),
                                    change.version(), actor.subject(), actor.name(), actor.client(), occurredAt,
                                    change.state() == null ? null : json(change.state()));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** Changes a bulk write's COPY sends at a time. */
    private static final int COPY_SLICE = 1_000;

    private String json(Object state) {
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view that cannot be written as JSON", e);
        }
    }

    /**
     * Writers of one county append one at a time, until their commit: a reader of the county's events in sequence
     * order then never sees a later number before an earlier one has committed.
     */
    private void lockCounty(String countyCode) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('change_event'), hashtext(:county))")
                .setParameter("county", countyCode)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(String countyCode, String resourceType, UUID id, int page, int size,
            boolean total) {
        return Page.of(ChangeEvent.<ChangeEvent>find(
                "countyCode = ?1 and resourceType = ?2 and resourceId = ?3 order by seq", countyCode, resourceType, id),
                page, size, total).map(HistoryEntry::of);
    }

    /** Whether a recorded state of the object names {@code parentId} in its field {@code field}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean recordedUnder(String countyCode, String resourceType, UUID id, String field, UUID parentId) {
        return Boolean.TRUE.equals(em.createNativeQuery("""
                select exists (select 1 from change_event where county_code = :county and resource_type = :type
                    and resource_id = :id and state ->> cast(:field as text) = cast(:parent as text))""")
                .setParameter("county", countyCode).setParameter("type", resourceType).setParameter("id", id)
                .setParameter("field", field).setParameter("parent", parentId.toString())
                .getSingleResult());
    }

    /**
     * Whether a recorded state of the object holds in its field {@code field} another value than {@code value}: a
     * survey deleted after it was ever more than a DRAFT.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean recordedOtherThan(String countyCode, String resourceType, UUID id, String field, String value) {
        return Boolean.TRUE.equals(em.createNativeQuery("""
                select exists (select 1 from change_event where county_code = :county and resource_type = :type
                    and resource_id = :id and state ->> cast(:field as text) <> cast(:value as text))""")
                .setParameter("county", countyCode).setParameter("type", resourceType).setParameter("id", id)
                .setParameter("field", field).setParameter("value", value)
                .getSingleResult());
    }

    /** Whether the county's log holds any event of the object. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasHistory(String countyCode, String resourceType, UUID id) {
        return ChangeEvent.find("countyCode = ?1 and resourceType = ?2 and resourceId = ?3", countyCode, resourceType, id)
                .firstResultOptional().isPresent();
    }

    /**
     * The county's events after sequence {@code after}, oldest first, at most {@code limit}, only of
     * {@code resourceType} when given. Complete up to the last one returned: writers of a county hold the
     * county's lock from their append to their commit, so no event below a visible one can still appear.
     *
     * @param hidden per resource type, the states the reader may not see, as an SQL condition on {@code %s} (the
     *     state; a constant of the caller's, never a client's text): such events are skipped, and so is the deletion
     *     (which has no state) of an object the reader never saw in any state
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> after(String countyCode, long after, String resourceType, int limit,
            Map<String, String> hidden) {
        StringBuilder where = new StringBuilder("e.county_code = :county and e.seq > :after");
        if (resourceType != null) {
            where.append(" and e.resource_type = :type");
        }
        Map<String, String> types = new LinkedHashMap<>();
        hidden.forEach((type, condition) -> {
            String name = "hidden" + types.size();
            types.put(name, type);
            String onEvent = "coalesce(" + condition.formatted("e.state") + ", false)";
            String onEarlier = "coalesce(" + condition.formatted("i.state") + ", false)";
            where.append(" and not (e.resource_type = :").append(name).append(" and (").append(onEvent)
                    .append(" or (e.state is null and not exists (select 1 from change_event i")
                    .append(" where i.county_code = e.county_code and i.resource_type = e.resource_type")
                    .append(" and i.resource_id = e.resource_id and i.state is not null and not ").append(onEarlier)
                    .append("))))");
        });
        var query = em.createNativeQuery("select e.* from change_event e where " + where + " order by e.seq",
                ChangeEvent.class)
                .setParameter("county", countyCode)
                .setParameter("after", after)
                .setMaxResults(limit);
        if (resourceType != null) {
            query.setParameter("type", resourceType);
        }
        types.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<ChangeEvent> events = query.getResultList();
        return events.stream().map(HistoryEntry::of).toList();
    }

    /** Removes personal fields from every recorded state of one object: erasure reaches the history too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String countyCode, String resourceType, UUID id, Collection<String> fields) {
        em.createNativeQuery("""
                update change_event set state = state - cast(:fields as text[])
                where county_code = :county and resource_type = :type and resource_id = :id and state is not null
                """)
                .setParameter("fields", fields.toArray(String[]::new))
                .setParameter("county", countyCode)
                .setParameter("type", resourceType)
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * Removes fields from the recorded states of other objects that name this one in {@code field}, such as the
     * {@code contactName} of a membership whose {@code contactId} is an erased contact: erasure reaches the
     * history of what refers to the person too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseMentions(String countyCode, String field, UUID id, Collection<String> fields) {
        em.createNativeQuery("""
                update change_event set state = state - cast(:fields as text[])
                where county_code = :county and state ->> cast(:field as text) = cast(:id as text)
                """)
                .setParameter("fields", fields.toArray(String[]::new))
                .setParameter("county", countyCode)
                .setParameter("field", field)
                .setParameter("id", id.toString())
                .executeUpdate();
    }
}
