package se.samordna.survey;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Remembers the path's {@code surveyId} in {@link RequestedSurvey}; the county scope filter decides who goes on. */
public class RequestedSurveyFilter {

    private final RequestedSurvey requested;

    RequestedSurveyFilter(RequestedSurvey requested) {
        this.requested = requested;
    }

    @ServerRequestFilter
    public void remember(ContainerRequestContext request) {
        String surveyId = request.getUriInfo().getPathParameters().getFirst("surveyId");
        if (surveyId != null) {
            requested.remember(surveyId);
        }
    }
}
