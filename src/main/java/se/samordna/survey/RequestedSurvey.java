package se.samordna.survey;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import se.samordna.web.ProblemException;

/**
 * The survey a request under {@code /counties/{cc}/surveys/{surveyId}/responses} is about, as its path names it.
 * The shared operations of {@code CountyResourceEndpoint} address an object by county and id only; the response
 * service reads the survey here to keep every response under its own survey.
 */
@RequestScoped
public class RequestedSurvey {

    private String pathValue;

    /** The survey's id; 404 when the path names none (a malformed id names no survey, as JAX-RS would answer). */
    UUID id() {
        if (pathValue == null) {
            throw new IllegalStateException("no {surveyId} in the path of this request");
        }
        try {
            return UUID.fromString(pathValue);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Survey " + pathValue);
        }
    }

    void remember(String surveyId) {
        pathValue = surveyId;
    }
}
