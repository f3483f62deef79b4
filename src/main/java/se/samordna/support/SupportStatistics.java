package se.samordna.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samordna.web.Period;

/**
 * The county's request statistics, computed by PostgreSQL in one statement whatever the number of requests: the
 * counts by status and by topic, the times (percentile_cont) and the open and overdue counts.
 */
@ApplicationScoped
public class SupportStatistics {

    private static final List<String> OPEN = RequestStatus.OPEN.stream().map(Enum::name).toList();

    private final EntityManager em;

    SupportStatistics(EntityManager em) {
        this.em = em;
    }

    /**
     * When request {@code r} was first answered: a coordinator's first transition or first public comment, whichever
     * came first (null while unanswered). The one definition, shared with the national statistics.
     */
    public static final String FIRST_ANSWER_AT = """
            least(
                (select min(t.occurred_at) from support_request_transition t
                 where t.county_code = r.county_code and t.request_id = r.id and t.by_coordinator),
                (select min(c.created_at) from support_request_comment c
                 where c.county_code = r.county_code and c.request_id = r.id and c.by_coordinator
                   and not c.internal))""";

    /** Statistics of the requests filed in the county in the period (either end may be open). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportStatisticsView of(String countyCode, Period filed) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("countyCode", countyCode);
        StringBuilder period = new StringBuilder();
        if (filed.from() != null) {
            period.append(" and r.created_at >= :from");
            parameters.put("from", filed.start());
        }
        if (filed.to() != null) {
            period.append(" and r.created_at < :to");
            parameters.put("to", filed.end());
        }

        // one statement, so every figure reads one snapshot: under concurrent writes the counts by status still add
        // up to the total (two statements each saw its own)
        StringBuilder counts = new StringBuilder();
        for (RequestStatus status : RequestStatus.values()) {
            counts.append("count(*) filter (where status = '").append(status.name()).append("'),\n");
        }
        for (SupportTopic topic : SupportTopic.values()) {
            counts.append("count(*) filter (where topic = '").append(topic.name()).append("'),\n");
        }
        parameters.put("open", OPEN);
        parameters.put("today", SupportRequestService.today());
        Object[] times = (Object[]) bind(em.createNativeQuery("""
                with r as (
                    select r.created_at, r.status, r.topic, r.due_on, """ + FIRST_ANSWER_AT + """
                     as first_answer_at
                    from support_request r
                    where r.county_code = :countyCode""" + period + """

                )
                select
                """ + counts + """
                       count(*),
                       count(first_answer_at),
                       percentile_cont(0.5) within group (order by extract(epoch from first_answer_at - created_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from first_answer_at - created_at)),
                       count(*) filter (where status in (:open)),
                       percentile_cont(0.5) within group (order by extract(epoch from now() - created_at))
                           filter (where status in (:open)),
                       count(*) filter (where status in (:open) and due_on < :today)
                from r
                """), parameters).getSingleResult();
        Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
        Map<SupportTopic, Long> byTopic = new EnumMap<>(SupportTopic.class);
        int column = 0;
        for (RequestStatus status : RequestStatus.values()) {
            byStatus.put(status, number(times[column++]));
        }
        for (SupportTopic topic : SupportTopic.values()) {
            byTopic.put(topic, number(times[column++]));
        }
        long total = number(times[column]);
        long answered = number(times[column + 1]);
        return new SupportStatisticsView(countyCode, filed.from(), filed.to(), total, byStatus, byTopic,
                new SupportStatisticsView.FirstAnswer(answered, total - answered, decimal(times[column + 2]),
                        decimal(times[column + 3])),
                new SupportStatisticsView.OpenRequests(number(times[column + 4]), decimal(times[column + 5])),
                number(times[column + 6]));
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
