package se.samordna.survey;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.samordna.county.CountyRepository;

/** Survey responses, always read within one county. */
@ApplicationScoped
public class SurveyResponseRepository implements CountyRepository<SurveyResponse> {

    @Override
    public String displayName() {
        return "Survey response";
    }

    /** Whether the organisation has a response to the survey other than {@code except} (null for none). */
    boolean answered(String countyCode, UUID surveyId, UUID organisationId, UUID except) {
        return count("countyCode = ?1 and surveyId = ?2 and organisationId = ?3 and id <> ?4", countyCode, surveyId,
                organisationId, except == null ? new UUID(0, 0) : except) > 0;
    }
}
