package se.samordna.survey;

import se.samordna.county.NeedCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samordna.organisation.OrganisationType;
import se.samordna.survey.SurveyReport.Coverage;
import se.samordna.survey.SurveyReport.MunicipalityCoverage;
import se.samordna.survey.SurveyReport.NeedSummary;
import se.samordna.survey.SurveyReport.TypeCount;
import se.samordna.survey.SurveyReport.TypeCoverage;

/**
 * The report of a survey, aggregated by the database in three queries whatever the number of responses: the
 * needs by category, the responding organisations by municipality and type (every municipality of the county,
 * from the reference data), and by type alone (county-wide organisations included).
 */
@ApplicationScoped
public class SurveyReports {

    private final EntityManager em;
    private final SurveyService surveys;

    SurveyReports(EntityManager em, SurveyService surveys) {
        this.em = em;
        this.surveys = surveys;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyReport report(String countyCode, UUID surveyId) {
        Survey survey = surveys.visible(countyCode, surveyId);
        List<NeedSummary> needs = needs(countyCode, surveyId);
        List<MunicipalityCoverage> municipalities = municipalities(countyCode, surveyId);
        int reached = (int) municipalities.stream().filter(MunicipalityCoverage::reached).count();
        List<TypeCoverage> types = types(countyCode, surveyId, municipalities.size());
        long responses = types.stream().mapToLong(TypeCoverage::organisations).sum();
        double percent = reachedPercent(reached, municipalities.size());
        return new SurveyReport(survey.id, survey.title, survey.status, responses, needs,
                new Coverage(municipalities.size(), reached, percent, municipalities, types));
    }

    private List<NeedSummary> needs(String countyCode, UUID surveyId) {
        List<Object[]> rows = rows("""
                select n.category, count(*), avg(n.priority), count(*) filter (where n.priority >= 4)
                from survey_response r
                cross join lateral jsonb_to_recordset(r.needs) as n(category text, priority int)
                where r.county_code = :county and r.survey_id = :survey
                group by n.category
                """, countyCode, surveyId);
        Map<NeedCategory, NeedSummary> byCategory = new EnumMap<>(NeedCategory.class);
        for (NeedCategory category : NeedCategory.values()) {
            byCategory.put(category, new NeedSummary(category, 0, null, 0));
        }
        for (Object[] row : rows) {
            NeedCategory category = NeedCategory.valueOf((String) row[0]);
            byCategory.put(category, new NeedSummary(category, number(row[1]),
                    round(((Number) row[2]).doubleValue(), 2), number(row[3])));
        }
        return byCategory.values().stream()
                .sorted(Comparator.comparingLong(NeedSummary::organisations).reversed())
                .toList();
    }

    /**
     * What coverage means, as one relation to join: per county, survey, municipality of that county and organisation
     * type, how many organisations of that municipality and type responded ({@code answered}, at least 1). A
     * municipality is reached by a survey when it has a row here. The surveys are the rows of a relation
     * {@code target (county_code, id)} the query defines before, so that only their responses are read. Shared with the
     * county overview and the national statistics.
     */
    public static final String REACHED_MUNICIPALITIES = """
            select r.county_code, r.survey_id, m.code as municipality_code, o.type, count(*) as answered
            from target t
            join survey_response r on r.county_code = t.county_code and r.survey_id = t.id
            join organisation o on o.county_code = r.county_code and o.id = r.organisation_id
            join municipality m on m.county_code = r.county_code and m.code = o.municipality_code
            group by r.county_code, r.survey_id, m.code, o.type""";

    /** Every municipality of the county in Swedish name order, then stably those not reached first. */
    private List<MunicipalityCoverage> municipalities(String countyCode, UUID surveyId) {
        List<Object[]> rows = rows("""
                with target as not materialized (
                    select cast(:county as varchar) as county_code, cast(:survey as uuid) as id)
                select m.code, m.name, x.type, x.answered
                from municipality m
                left join (""" + REACHED_MUNICIPALITIES + """
                ) x on x.county_code = m.county_code and x.municipality_code = m.code
                where m.county_code = :county
                order by m.name, m.code, x.type
                """, countyCode, surveyId);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<TypeCount>> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String code = (String) row[0];
            names.put(code, (String) row[1]);
            List<TypeCount> byType = counts.computeIfAbsent(code, c -> new ArrayList<>());
            if (row[2] != null) {
                byType.add(new TypeCount(OrganisationType.valueOf((String) row[2]), number(row[3])));
            }
        }
        return names.entrySet().stream()
                .map(m -> {
                    List<TypeCount> byType = counts.get(m.getKey());
                    long organisations = byType.stream().mapToLong(TypeCount::organisations).sum();
                    return new MunicipalityCoverage(m.getKey(), m.getValue(), organisations > 0, organisations,
                            List.copyOf(byType));
                })
                .sorted(Comparator.comparing(MunicipalityCoverage::reached))
                .toList();
    }

    private List<TypeCoverage> types(String countyCode, UUID surveyId, int municipalities) {
        List<Object[]> rows = rows("""
                select o.type, count(*), count(distinct o.municipality_code)
                from survey_response r
                join organisation o on o.county_code = r.county_code and o.id = r.organisation_id
                where r.county_code = :county and r.survey_id = :survey
                group by o.type
                """, countyCode, surveyId);
        Map<OrganisationType, TypeCoverage> byType = new EnumMap<>(OrganisationType.class);
        Arrays.stream(OrganisationType.values())
                .forEach(type -> byType.put(type, new TypeCoverage(type, 0, 0, municipalities)));
        for (Object[] row : rows) {
            OrganisationType type = OrganisationType.valueOf((String) row[0]);
            byType.put(type, new TypeCoverage(type, number(row[1]), number(row[2]), municipalities));
        }
        return List.copyOf(byType.values());
    }

    /** The share of a county's municipalities reached, in percent with one decimal (0 for a county with none). */
    public static double reachedPercent(long reached, long municipalities) {
        return municipalities == 0 ? 0 : round(100.0 * reached / municipalities, 1);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String countyCode, UUID surveyId) {
        return em.createNativeQuery(sql)
                .setParameter("county", countyCode)
                .setParameter("survey", surveyId)
                .getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
