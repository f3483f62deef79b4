package se.samordna.survey;

import jakarta.enterprise.context.ApplicationScoped;
import se.samordna.county.CountyRepository;

/** Surveys, always read within one county. */
@ApplicationScoped
public class SurveyRepository implements CountyRepository<Survey> {

    @Override
    public String displayName() {
        return "Survey";
    }
}
