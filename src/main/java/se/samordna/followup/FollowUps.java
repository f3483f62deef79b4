package se.samordna.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samordna.county.NeedCategory;
import se.samordna.followup.FollowUp.Answer;
import se.samordna.followup.FollowUp.CategoryFollowUp;
import se.samordna.followup.FollowUp.MunicipalityNeed;
import se.samordna.region.MunicipalityView;
import se.samordna.region.ReferenceData;
import se.samordna.survey.SurveyReports;
import se.samordna.survey.SurveyService;
import se.samordna.survey.SurveyView;

/**
 * The follow-up of a survey, in two statements whatever the number of municipalities, needs and answers: the survey
 * itself, and one query that joins the needs named (by municipality and category) to the actions that answered them,
 * the titles read for the answers shown only.
 */
@ApplicationScoped
public class FollowUps {

    /**
     * The needs a survey's responses named, per municipality of the organisation that named them and category: the
     * highest priority, how many organisations, and when it was first named. The surveys are the rows of a relation
     * {@code target (county_code, id)} the query defines before, at most one per county: one survey (the follow-up), or
     * each county's latest (the overview, the national statistics). Shared by all three, so that they count needs
     * alike. The responses are read first (by the survey's index), then their organisations.
     */
    static final String NAMED_NEEDS = """
            with responses as materialized (
                select r.county_code, r.organisation_id, r.created_at, r.needs
                from target t
                join survey_response r on r.county_code = t.county_code and r.survey_id = t.id)
            select r.county_code, o.municipality_code, n.category, max(n.priority) as priority, count(*) as organisations,
                   min(r.created_at) as named_at
            from responses r
            join organisation o on o.county_code = r.county_code and o.id = r.organisation_id
            join municipality mu on mu.county_code = r.county_code and mu.code = o.municipality_code
            cross join lateral jsonb_to_recordset(r.needs) as n(category text, priority int)
            group by r.county_code, o.municipality_code, n.category""";

    /**
     * What answers a need of {@code named} (municipality_code, category, named_at): a HELD meeting of the county naming
     * the category, started after named_at, that a contact of an organisation of the municipality ATTENDED; or a
     * RESOLVED support request of an organisation of the municipality naming the category, resolved (its latest move
     * to RESOLVED, kept as {@code support_request.resolved_at}) after named_at. One row per need and action: kind, id,
     * at (the title is left to whoever shows it); of each kind only the latest {@code :most} per need (by time, then
     * id), which is all the follow-up shows and, with {@code :most} 1, all the overview needs to know whether a need
     * was answered.
     * <p>
     * Both are read per need from one range of an index: the meetings and requests are kept as rows by county,
     * municipality, category and time ({@code meeting_need}, {@code support_request_need}, kept by the triggers of V19
     * and V20 from the meetings, the attendances' municipalities of V16, the requests and their organisations), so no
     * meeting, request, attendance, contact or organisation is read, and a need stops at its {@code :most}th of each
     * kind.
     */
    static final String ANSWERS = """
            select nd.county_code, nd.municipality_code, nd.category, 'MEETING' as kind, m.meeting_id as id,
                   m.starts_at as at
            from named nd
            cross join lateral (
                select p.meeting_id, p.starts_at from meeting_need p
                where p.county_code = nd.county_code and p.municipality_code = nd.municipality_code
                    and p.category = nd.category and p.starts_at > nd.named_at
                order by p.starts_at desc, p.meeting_id
                limit :most) m
            union all
            select nd.county_code, nd.municipality_code, nd.category, 'SUPPORT_REQUEST', r.request_id, r.resolved_at
            from named nd
            cross join lateral (
                select p.request_id, p.resolved_at from support_request_need p
                where p.county_code = nd.county_code and p.municipality_code = nd.municipality_code
                    and p.category = nd.category and p.resolved_at > nd.named_at
                order by p.resolved_at desc, p.request_id
                limit :most) r""";

    private final EntityManager em;
    private final SurveyService surveys;
    private final ReferenceData referenceData;

    FollowUps(EntityManager em, SurveyService surveys, ReferenceData referenceData) {
        this.em = em;
        this.surveys = surveys;
        this.referenceData = referenceData;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUp of(String countyCode, UUID surveyId) {
        SurveyView survey = surveys.get(countyCode, surveyId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with target as not materialized (select cast(:county as varchar) as county_code, cast(:survey as uuid) as id),
                named as (""" + NAMED_NEEDS + "), answers as (" + ANSWERS + """
                )
                select nd.municipality_code, nd.category, nd.priority, nd.organisations, nd.named_at,
                       x.kind, x.id, case x.kind
                           when 'MEETING' then (select m.title from meeting m where m.county_code = x.county_code and m.id = x.id)
                           else (select s.title from support_request s where s.county_code = x.county_code and s.id = x.id)
                       end as title, x.at
                from named nd
                left join answers x on x.municipality_code = nd.municipality_code and x.category = nd.category
                order by nd.municipality_code, nd.category, x.kind, x.at desc, x.id
                """)
                .setParameter("county", countyCode)
                .setParameter("survey", surveyId)
                .setParameter("most", FollowUp.MOST_ANSWERS)
                .getResultList();
        Map<String, Need> needs = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Need need = needs.computeIfAbsent(row[0] + "/" + row[1], key -> new Need((String) row[0],
                    NeedCategory.valueOf((String) row[1]), ((Number) row[2]).intValue(), ((Number) row[3]).longValue(),
                    instant(row[4])));
            if (row[5] != null) {
                Answer answer = new Answer((UUID) row[6], (String) row[7], instant(row[8]));
                ("MEETING".equals(row[5]) ? need.meetings : need.requests).add(answer);
            }
        }
        List<MunicipalityNeed> followed = needs.values().stream().map(this::view)
                .sorted(Comparator.comparing((MunicipalityNeed n) -> !(n.priority() >= 4 && !n.answered()))
                        .thenComparing(Comparator.comparingInt(MunicipalityNeed::priority).reversed())
                        .thenComparing(MunicipalityNeed::municipalityName, SWEDISH)
                        .thenComparing(MunicipalityNeed::category))
                .toList();
        return new FollowUp(survey.id(), survey.title(), survey.status(), referenceData.municipalityCount(countyCode),
                followed, byCategory(followed));
    }

    private static final Comparator<String> SWEDISH = java.text.Collator.getInstance(java.util.Locale.of("sv", "SE"))::compare;

    private MunicipalityNeed view(Need need) {
        String name = referenceData.municipality(need.municipalityCode).map(MunicipalityView::name)
                .orElse(need.municipalityCode);
        return new MunicipalityNeed(need.municipalityCode, name, need.category, need.priority, need.organisations,
                need.namedAt, !need.meetings.isEmpty() || !need.requests.isEmpty(), List.copyOf(need.meetings),
                List.copyOf(need.requests));
    }

    static List<CategoryFollowUp> byCategory(List<MunicipalityNeed> needs) {
        Map<NeedCategory, long[]> counts = new EnumMap<>(NeedCategory.class);
        Arrays.stream(NeedCategory.values()).forEach(category -> counts.put(category, new long[2]));
        for (MunicipalityNeed need : needs) {
            long[] count = counts.get(need.category());
            count[0]++;
            if (need.answered()) {
                count[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> new CategoryFollowUp(e.getKey(), e.getValue()[0], e.getValue()[1],
                SurveyReports.reachedPercent(e.getValue()[1], e.getValue()[0]))).toList();
    }

    static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }

    private static final class Need {
        final String municipalityCode;
        final NeedCategory category;
        final int priority;
        final long organisations;
        final Instant namedAt;
        final List<Answer> meetings = new ArrayList<>();
        final List<Answer> requests = new ArrayList<>();

        Need(String municipalityCode, NeedCategory category, int priority, long organisations, Instant namedAt) {
            this.municipalityCode = municipalityCode;
            this.category = category;
            this.priority = priority;
            this.organisations = organisations;
            this.namedAt = namedAt;
        }
    }
}
