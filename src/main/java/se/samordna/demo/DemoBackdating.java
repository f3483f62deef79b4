package se.samordna.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Moves demo objects written at start back in time, so that the demo can show what happened since they were written
 * (the survey follow-up counts a meeting only when it started after the response). The services stamp every write
 * with the present; this rewrites, for one object, its {@code created_at}/{@code updated_at} and, consistently, the
 * time and the recorded state ({@code createdAt}, {@code updatedAt}) of each of its change events, so that its
 * history tells the same story as the object. The events keep their sequence numbers: the change feed still lists
 * them in the order they were written, with earlier times than the events around them. Demo data only.
 */
@ApplicationScoped
class DemoBackdating {

    /** The tables of the objects the demo backdates; never from input. */
    enum Table {
        SURVEY("survey", se.samordna.survey.Survey.RESOURCE_TYPE),
        SURVEY_RESPONSE("survey_response", se.samordna.survey.SurveyResponse.RESOURCE_TYPE);

        final String name;
        final String resourceType;

        Table(String name, String resourceType) {
            this.name = name;
            this.resourceType = resourceType;
        }
    }

    private final EntityManager em;

    DemoBackdating(EntityManager em) {
        this.em = em;
    }

    /**
     * Dates the object's change events, oldest first, at {@code times} (one time per event; the object was created at
     * the first and last written at the last).
     */
    @Transactional
    void backdate(Table table, String countyCode, UUID id, List<Instant> times) {
        @SuppressWarnings("unchecked")
        List<Number> events = em.createNativeQuery("""
                select seq from change_event
                where county_code = :county and resource_type = :type and resource_id = :id order by seq""")
                .setParameter("county", countyCode).setParameter("type", table.resourceType).setParameter("id", id)
                .getResultList();
        if (events.size() != times.size()) {
            throw new IllegalStateException(table.resourceType + " " + id + " has " + events.size()
                    + " change events, not " + times.size());
        }
        Instant created = times.get(0);
        for (int i = 0; i < events.size(); i++) {
            em.createNativeQuery("""
                    update change_event
                    set occurred_at = :at,
                        state = jsonb_set(jsonb_set(state, '{createdAt}', to_jsonb(cast(:created as text))),
                                          '{updatedAt}', to_jsonb(cast(:updated as text)))
                    where seq = :seq""")
                    .setParameter("at", times.get(i))
                    .setParameter("created", created.toString())
                    .setParameter("updated", times.get(i).toString())
                    .setParameter("seq", events.get(i).longValue())
                    .executeUpdate();
        }
        em.createNativeQuery("update " + table.name + " set created_at = :created, updated_at = :updated"
                        + " where county_code = :county and id = :id")
                .setParameter("created", created)
                .setParameter("updated", times.get(times.size() - 1))
                .setParameter("county", countyCode)
                .setParameter("id", id)
                .executeUpdate();
    }
}
