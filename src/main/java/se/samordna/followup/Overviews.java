package se.samordna.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samordna.followup.Overview.LatestSurvey;
import se.samordna.followup.Overview.MunicipalityOverview;
import se.samordna.survey.SurveyReports;
import se.samordna.survey.SurveyStatus;
import se.samordna.web.Period;
import se.samordna.web.SpreadsheetCsv;

/**
 * The overview of a county's municipalities, in one statement whatever their number: every municipality of the
 * reference data joined to its organisations, the coverage of the latest OPEN or CLOSED survey (as the survey's report
 * counts it), current network members, meeting attendance and support requests of the period, and the needs of that
 * survey named and answered (as the survey's follow-up counts them).
 */
@ApplicationScoped
public class Overviews {

    public static final String CSV = "text/csv";

    static final String[] HEADER = { "municipalityCode", "municipalityName", "level", "organisations",
            "reachedBySurvey", "surveyResponses", "networkMembers", "meetingOrganisations", "supportRequestsOpen",
            "supportRequestsResolved", "needsNamed", "needsAnswered" };

    /**
     * One row per municipality of the counties asked for ({@code :counties}), in one statement whatever their number:
     * the overview asks for one county, the national statistics for all 21.
     */
    private static final String QUERY = """
            with target as (
                -- each county's latest OPEN or CLOSED survey, chosen as the national statistics choose it
                select distinct on (s.county_code) s.county_code, s.id, s.title, s.status from survey s
                where s.county_code in (:counties) and s.status in ('OPEN', 'CLOSED')
                order by s.county_code, s.opens_on desc, s.closes_on desc, s.created_at desc, s.id),
            named as (""" + FollowUps.NAMED_NEEDS + """
            ), answers as (""" + FollowUps.ANSWERS + """
            ), organisations as (
                select o.county_code, o.municipality_code, count(*) as n from organisation o
                where o.county_code in (:counties) group by o.county_code, o.municipality_code),
            reached as (
                select x.county_code, x.municipality_code, sum(x.answered) as n
                from (""" + SurveyReports.REACHED_MUNICIPALITIES + """
                ) x
                group by x.county_code, x.municipality_code),
            members as (
                select o.county_code, o.municipality_code, count(*) as n
                from membership ms
                -- a CLOSED network has no current members, as the national statistics count them
                join network nw on nw.county_code = ms.county_code and nw.id = ms.network_id and nw.status = 'ACTIVE'
                left join contact c on c.county_code = ms.county_code and c.id = ms.contact_id
                join organisation o on o.county_code = ms.county_code and o.id = coalesce(ms.organisation_id, c.organisation_id)
                where ms.county_code in (:counties) and ms.joined_on <= :today and (ms.left_on is null or ms.left_on > :today)
                group by o.county_code, o.municipality_code),
            attended as (
                -- the organisations whose contacts ATTENDED a meeting are kept on it (V16)
                select o.county_code, o.municipality_code, count(*) as n
                from (select distinct m.county_code, u.organisation_id
                      from meeting m
                      cross join lateral unnest(m.attended_organisations) as u(organisation_id)
                      where m.county_code in (:counties) and m.starts_at >= :start and m.starts_at < :end) v
                join organisation o on o.county_code = v.county_code and o.id = v.organisation_id
                group by o.county_code, o.municipality_code),
            support as (
                select o.county_code, o.municipality_code, sum(x.open) as open, sum(x.resolved) as resolved
                from (
                    select s.county_code, s.organisation_id, count(*) as open, 0 as resolved
                    from support_request s
                    where s.county_code in (:counties) and s.status in ('SUBMITTED', 'TRIAGED', 'IN_PROGRESS')
                        and s.created_at < :end
                    group by s.county_code, s.organisation_id
                    union all
                    select s.county_code, s.organisation_id, 0, count(*)
                    from support_request s
                    where s.county_code in (:counties) and s.status = 'RESOLVED'
                        and s.resolved_at >= :start and s.resolved_at < :end
                    group by s.county_code, s.organisation_id) x
                join organisation o on o.county_code = x.county_code and o.id = x.organisation_id
                group by o.county_code, o.municipality_code),
            needs as (
                select nd.county_code, nd.municipality_code, count(*) as named, count(x.category) as answered
                from named nd
                left join (select distinct a.county_code, a.municipality_code, a.category from answers a) x
                    on x.county_code = nd.county_code and x.municipality_code = nd.municipality_code
                    and x.category = nd.category
                group by nd.county_code, nd.municipality_code)
            select mu.code, mu.name, coalesce(og.n, 0), coalesce(re.n, 0), coalesce(me.n, 0), coalesce(at.n, 0),
                   coalesce(su.open, 0), coalesce(su.resolved, 0), coalesce(ne.named, 0), coalesce(ne.answered, 0),
                   t.id, t.title, t.status, mu.county_code
            from municipality mu
            left join organisations og on og.county_code = mu.county_code and og.municipality_code = mu.code
            left join reached re on re.county_code = mu.county_code and re.municipality_code = mu.code
            left join members me on me.county_code = mu.county_code and me.municipality_code = mu.code
            left join attended at on at.county_code = mu.county_code and at.municipality_code = mu.code
            left join support su on su.county_code = mu.county_code and su.municipality_code = mu.code
            left join needs ne on ne.county_code = mu.county_code and ne.municipality_code = mu.code
            left join target t on t.county_code = mu.county_code
            where mu.county_code in (:counties)
            order by mu.county_code, mu.name, mu.code
            """;

    private final EntityManager em;

    Overviews(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview of(String countyCode, Period period) {
        List<Object[]> rows = rows(List.of(countyCode), period);
        LatestSurvey latest = rows.isEmpty() || rows.get(0)[10] == null ? null : new LatestSurvey(
                (UUID) rows.get(0)[10], (String) rows.get(0)[11], SurveyStatus.valueOf((String) rows.get(0)[12]));
        List<MunicipalityOverview> municipalities = rows.stream().map(Overviews::row)
                .sorted(Comparator.comparingInt(MunicipalityOverview::level)) // stable: by name within a level
                .toList();
        return new Overview(countyCode, period.from(), period.to(), latest, municipalities);
    }

    /** Per county, counted as the overview counts: how many of its municipalities all four reach, and its needs. */
    public record CountyReach(long reachedInAllFour, long needsNamed, long needsAnswered) {
    }

    /** {@link CountyReach} of every county asked for, in the one statement of the overview. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, CountyReach> reach(java.util.Collection<String> countyCodes, Period period) {
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : rows(countyCodes, period)) {
            MunicipalityOverview municipality = row(row);
            long[] count = counts.computeIfAbsent((String) row[13], cc -> new long[3]);
            count[0] += municipality.level() == 4 ? 1 : 0;
            count[1] += municipality.needsNamed();
            count[2] += municipality.needsAnswered();
        }
        Map<String, CountyReach> reach = new HashMap<>();
        counts.forEach((cc, count) -> reach.put(cc, new CountyReach(count[0], count[1], count[2])));
        return reach;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(java.util.Collection<String> countyCodes, Period period) {
        return em.createNativeQuery(QUERY)
                .setParameter("counties", countyCodes)
                .setParameter("today", Period.today())
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("most", 1) // of a need's meetings, whether there is one
                .getResultList();
    }

    private static MunicipalityOverview row(Object[] row) {
        long responses = number(row[3]);
        long members = number(row[4]);
        long attended = number(row[5]);
        long open = number(row[6]);
        long resolved = number(row[7]);
        int level = (responses > 0 ? 1 : 0) + (members > 0 ? 1 : 0) + (attended > 0 ? 1 : 0)
                + (open + resolved > 0 ? 1 : 0);
        return new MunicipalityOverview((String) row[0], (String) row[1], level, number(row[2]), responses > 0,
                responses, members, attended, open, resolved, number(row[8]), number(row[9]));
    }

    /** The overview's rows as UTF-8 CSV (RFC 4180) with a header row, in the overview's order. */
    public String csv(Overview overview) {
        return SpreadsheetCsv.write(HEADER, csv -> overview.municipalities().forEach(m -> csv.add(m.municipalityCode(),
                m.municipalityName(), m.level(), m.organisations(), m.reachedBySurvey(), m.surveyResponses(),
                m.networkMembers(), m.meetingOrganisations(), m.supportRequestsOpen(), m.supportRequestsResolved(),
                m.needsNamed(), m.needsAnswered())));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
