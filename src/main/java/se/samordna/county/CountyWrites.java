package se.samordna.county;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import se.samordna.audit.ChangeAction;
import se.samordna.audit.ChangeLog;
import se.samordna.audit.CurrentActor;
import se.samordna.web.ETags;
import se.samordna.web.ProblemException;

/**
 * The life cycle every county object goes through: stamped with who and when, checked against the version the
 * client read, flushed so that constraint failures surface here, and recorded in the change log in the same
 * transaction. Services call it instead of persisting themselves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CountyWrites {

    private final EntityManager em;
    private final ChangeLog changeLog;
    private final CurrentActor currentActor;

    CountyWrites(EntityManager em, ChangeLog changeLog, CurrentActor currentActor) {
        this.em = em;
        this.changeLog = changeLog;
        this.currentActor = currentActor;
    }

    /** The session writes go through, for services that must steer when it flushes. */
    public Session session() {
        return em.unwrap(Session.class);
    }

    /** Persists a new object of the county and returns its view as recorded. */
    public <E extends CountyEntity, V> V create(String resourceType, String countyCode, E entity,
            Function<E, V> view) {
        Instant now = now();
        persistNew(entity, countyCode, now, currentActor.get().subject());
        em.flush();
        V state = view.apply(entity);
        changeLog.record(countyCode, resourceType, entity.id, ChangeAction.CREATED, entity.version, state, now);
        return state;
    }

    /**
     * Writes what a bulk import made of a county's objects, as {@link #create} and {@link #update} write one: the new
     * ones stamped and persisted, the changed ones stamped, all flushed in JDBC batches, and the events of all of
     * them appended in batches too. {@code views} shows a slice of objects as recorded (in one query, not one per
     * object).
     */
    public <E extends CountyEntity, V> void writeAll(String resourceType, String countyCode, List<E> created,
            List<E> updated, Function<List<E>, List<V>> views) {
        Instant now = now();
        String who = currentActor.get().subject();
        Session session = session();
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(BATCH);
        try {
            for (E entity : created) {
                persistNew(entity, countyCode, now, who);
            }
            for (E entity : updated) {
                entity.updatedAt = now;
                entity.updatedBy = who;
            }
            em.flush();
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
        List<ChangeLog.Change> changes = new ArrayList<>(created.size() + updated.size());
        addChanges(changes, created, ChangeAction.CREATED, views);
        addChanges(changes, updated, ChangeAction.UPDATED, views);
        changeLog.recordAll(countyCode, resourceType, changes, now);
    }

    /** Gives a new object its id, county and stamps, and persists it (written at the next flush). */
    private void persistNew(CountyEntity entity, String countyCode, Instant now, String who) {
        entity.id = UUID.randomUUID();
        entity.countyCode = countyCode;
        entity.createdAt = now;
        entity.createdBy = who;
        entity.updatedAt = now;
        entity.updatedBy = who;
        em.persist(entity);
    }

    /** Objects a bulk write flushes per JDBC batch. */
    private static final int BATCH = 1_000;

    private static <E extends CountyEntity, V> void addChanges(List<ChangeLog.Change> changes, List<E> entities,
            ChangeAction action, Function<List<E>, List<V>> views) {
        for (int from = 0; from < entities.size(); from += BATCH) {
            List<E> slice = entities.subList(from, Math.min(entities.size(), from + BATCH));
            List<V> states = views.apply(slice);
            for (int i = 0; i < slice.size(); i++) {
                changes.add(new ChangeLog.Change(slice.get(i).id, action, slice.get(i).version, states.get(i)));
            }
        }
    }

    /** Fails with 412 unless the client changes the version it read (or said {@code If-Match: *}). */
    public void requireVersion(CountyEntity entity, long expectedVersion) {
        if (expectedVersion != ETags.ANY_VERSION && entity.version != expectedVersion) {
            throw ProblemException.staleVersion(entity.version);
        }
    }

    /**
     * Records a change already applied to a managed object whose version was checked. A write that changes
     * nothing makes no new version and no event.
     */
    public <E extends CountyEntity, V> V update(String resourceType, E entity, Function<E, V> view) {
        if (!em.unwrap(Session.class).isDirty()) {
            return view.apply(entity);
        }
        Instant now = now();
        entity.updatedAt = now;
        entity.updatedBy = currentActor.get().subject();
        em.flush();
        V state = view.apply(entity);
        changeLog.record(entity.countyCode, resourceType, entity.id, ChangeAction.UPDATED, entity.version, state,
                now);
        return state;
    }

    /** Removes the object and records its deletion. */
    public <E extends CountyEntity> void delete(String resourceType, E entity) {
        long lastVersion = entity.version + 1;
        em.remove(entity);
        em.flush();
        changeLog.record(entity.countyCode, resourceType, entity.id, ChangeAction.DELETED, lastVersion, null, now());
    }

    /** Records the deletion of an object that stays as a row without its data (so counts still hold). */
    public <E extends CountyEntity> void recordDeletion(String resourceType, E entity) {
        entity.updatedAt = now();
        entity.updatedBy = currentActor.get().subject();
        em.flush();
        changeLog.record(entity.countyCode, resourceType, entity.id, ChangeAction.DELETED, entity.version, null,
                entity.updatedAt);
    }

    private static Instant now() {
        // PostgreSQL keeps microseconds; cut here so that what we answer equals what we read back later
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
