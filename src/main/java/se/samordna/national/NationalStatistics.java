package se.samordna.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.samordna.followup.Overviews;
import se.samordna.meeting.MeetingKind;
import se.samordna.national.NationalStatisticsView.CountyStatistics;
import se.samordna.national.NationalStatisticsView.Coverage;
import se.samordna.national.NationalStatisticsView.FollowUp;
import se.samordna.national.NationalStatisticsView.Meetings;
import se.samordna.national.NationalStatisticsView.Networks;
import se.samordna.national.NationalStatisticsView.SupportRequests;
import se.samordna.national.NationalStatisticsView.Surveys;
import se.samordna.region.ReferenceData;
import se.samordna.support.RequestStatus;
import se.samordna.support.SupportStatistics;
import se.samordna.survey.SurveyReports;
import se.samordna.survey.SurveyStatus;
import se.samordna.web.Period;

/**
 * The national statistics, computed by PostgreSQL in six queries whatever the number of counties and rows, each
 * grouped by county: surveys by status, the coverage of each county's latest OPEN or CLOSED survey, ACTIVE networks
 * with their current members, the meetings held in the period by kind, and the requests filed in the period by status
 * with the median time to first answer; and, in the county overview's own statement for all counties at once, the
 * municipalities reached in all four and the needs answered.
 * The counties and their municipalities come from the reference data held in memory, so every county has its row.
 * Coverage and first answer are the definitions of the survey report and the support statistics
 * ({@link SurveyReports#REACHED_MUNICIPALITIES}, {@link SupportStatistics#FIRST_ANSWER_AT}), so the national figures
 * and a county's own always agree.
 */
@ApplicationScoped
public class NationalStatistics {

    private final EntityManager em;
    private final ReferenceData referenceData;
    private final Overviews overviews;

    NationalStatistics(EntityManager em, ReferenceData referenceData, Overviews overviews) {
        this.em = em;
        this.referenceData = referenceData;
        this.overviews = overviews;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NationalStatisticsView of(Period period) {
        Map<String, Map<SurveyStatus, Long>> surveys = surveysByStatus();
        Map<String, Coverage> latest = latestCoverage();
        Map<String, Networks> networks = networks(Period.today());
        Map<String, Map<MeetingKind, Long>> meetings = meetingsHeld(period);
        Map<String, SupportRequests> requests = supportRequests(period);
        Map<String, Overviews.CountyReach> reach = overviews.reach(referenceData.countyCodes(), period);
        List<CountyStatistics> counties = referenceData.countyCodes().stream()
                .map(code -> {
                    Map<SurveyStatus, Long> byStatus = surveys.getOrDefault(code, zeros(SurveyStatus.class));
                    return new CountyStatistics(code, referenceData.countyName(code),
                            referenceData.municipalityCount(code),
                            new Surveys(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                                    latest.get(code)),
                            networks.getOrDefault(code, new Networks(0, 0)),
                            meetings(meetings.getOrDefault(code, zeros(MeetingKind.class))),
                            requests.getOrDefault(code,
                                    new SupportRequests(0, zeros(RequestStatus.class), 0, null)),
                            followUp(reach.getOrDefault(code, new Overviews.CountyReach(0, 0, 0))));
                })
                .toList();
        return new NationalStatisticsView(period.from(), period.to(), counties);
    }

    private Map<String, Map<SurveyStatus, Long>> surveysByStatus() {
        Map<String, Map<SurveyStatus, Long>> byCounty = new HashMap<>();
        for (Object[] row : rows("""
                select s.county_code, s.status, count(*)
                from survey s
                group by s.county_code, s.status
                """, Map.of())) {
            byCounty.computeIfAbsent((String) row[0], cc -> zeros(SurveyStatus.class))
                    .put(SurveyStatus.valueOf((String) row[1]), number(row[2]));
        }
        return byCounty;
    }

    /** Per county, its OPEN or CLOSED survey that opens last, and the municipalities it reached. */
    private Map<String, Coverage> latestCoverage() {
        return rows("""
                with latest as (
                    select distinct on (s.county_code) s.county_code, s.id, s.status, s.opens_on, s.closes_on
                    from survey s
                    where s.status in ('OPEN', 'CLOSED')
                    order by s.county_code, s.opens_on desc, s.closes_on desc, s.created_at desc, s.id
                ),
                target as (select l.county_code, l.id from latest l)
                select l.county_code, l.status, l.opens_on, l.closes_on, count(distinct x.municipality_code)
                from latest l
                left join (""" + SurveyReports.REACHED_MUNICIPALITIES + """
                ) x on x.county_code = l.county_code and x.survey_id = l.id
                group by l.county_code, l.id, l.status, l.opens_on, l.closes_on
                """, Map.of()).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> new Coverage(
                        SurveyStatus.valueOf((String) row[1]), date(row[2]), date(row[3]), number(row[4]),
                        SurveyReports.reachedPercent(number(row[4]),
                                referenceData.municipalityCount((String) row[0])))));
    }

    /** Per county, its ACTIVE networks and their memberships current on {@code today}. */
    private Map<String, Networks> networks(LocalDate today) {
        return rows("""
                select n.county_code, count(distinct n.id), count(m.id)
                from network n
                left join membership m on m.county_code = n.county_code and m.network_id = n.id
                    and m.joined_on <= :today and (m.left_on is null or m.left_on > :today)
                where n.status = 'ACTIVE'
                group by n.county_code
                """, Map.of("today", today)).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> new Networks(number(row[1]), number(row[2]))));
    }

    /** Per county, the meetings HELD that start in the period, by kind. */
    private Map<String, Map<MeetingKind, Long>> meetingsHeld(Period period) {
        Map<String, Map<MeetingKind, Long>> byCounty = new HashMap<>();
        for (Object[] row : rows("""
                select m.county_code, m.kind, count(*)
                from meeting m
                where m.status = 'HELD' and m.starts_at >= :start and m.starts_at < :end
                group by m.county_code, m.kind
                """, Map.of("start", period.start(), "end", period.end()))) {
            byCounty.computeIfAbsent((String) row[0], cc -> zeros(MeetingKind.class))
                    .put(MeetingKind.valueOf((String) row[1]), number(row[2]));
        }
        return byCounty;
    }

    private static FollowUp followUp(Overviews.CountyReach reach) {
        return new FollowUp(reach.reachedInAllFour(), reach.needsNamed(), reach.needsAnswered(),
                reach.needsNamed() == 0 ? null : SurveyReports.reachedPercent(reach.needsAnswered(), reach.needsNamed()));
    }

    private static Meetings meetings(Map<MeetingKind, Long> byKind) {
        return new Meetings(byKind.values().stream().mapToLong(Long::longValue).sum(), byKind);
    }

    /** Per county, the requests filed in the period by status, and the median time to their first answer. */
    private Map<String, SupportRequests> supportRequests(Period period) {
        Map<String, Map<RequestStatus, Long>> byStatus = new HashMap<>();
        Map<String, Object[]> totals = new HashMap<>();
        for (Object[] row : rows("""
                with r as (
                    select r.county_code, r.status, r.created_at, """ + SupportStatistics.FIRST_ANSWER_AT + """
                     as first_answer_at
                    from support_request r
                    where r.created_at >= :start and r.created_at < :end
                )
                select county_code, status, count(*), count(first_answer_at),
                       percentile_cont(0.5) within group (order by extract(epoch from first_answer_at - created_at))
                from r
                group by grouping sets ((county_code, status), (county_code))
                """, Map.of("start", period.start(), "end", period.end()))) {
            String county = (String) row[0];
            if (row[1] == null) {
                totals.put(county, row);
            } else {
                byStatus.computeIfAbsent(county, cc -> zeros(RequestStatus.class))
                        .put(RequestStatus.valueOf((String) row[1]), number(row[2]));
            }
        }
        return totals.values().stream().collect(Collectors.toMap(row -> (String) row[0], row -> new SupportRequests(
                number(row[2]), byStatus.get((String) row[0]), number(row[3]),
                row[4] == null ? null : ((Number) row[4]).doubleValue())));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        Arrays.stream(type.getEnumConstants()).forEach(constant -> counts.put(constant, 0L));
        return counts;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
