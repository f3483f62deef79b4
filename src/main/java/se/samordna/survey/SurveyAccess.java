package se.samordna.survey;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import se.samordna.security.CountyContext;
import se.samordna.security.CountyRole;

/**
 * What the caller's role in the county means for surveys: a member sees only published surveys and only its own
 * organisation's response. Outside a county request (demo data at start) the application acts with full rights.
 */
@ApplicationScoped
class SurveyAccess {

    private final CountyContext countyContext;

    SurveyAccess(CountyContext countyContext) {
        this.countyContext = countyContext;
    }

    /** A member (and nothing more) of the county: no drafts, no other organisation's response. */
    boolean isMemberOnly() {
        return Arc.container().requestContext().isActive() && countyContext.isEstablished()
                && !countyContext.holds(CountyRole.COORDINATOR) && !countyContext.holds(CountyRole.IMPORTER);
    }
}
