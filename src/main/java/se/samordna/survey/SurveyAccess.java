package se.samordna.survey;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import se.samordna.security.CountyContext;
import se.samordna.security.CountyRole;

/**
 * What the caller's role in the county means for surveys: only coordinators see DRAFT surveys, and a member sees only
 * its own organisation's response. Outside a county request (demo data at start) the application acts with full rights.
 */
@ApplicationScoped
class SurveyAccess {

    private final CountyContext countyContext;

    SurveyAccess(CountyContext countyContext) {
        this.countyContext = countyContext;
    }

    /** Anyone but the county's coordinator (a member, the importer): a DRAFT is unknown to it. */
    boolean seesNoDrafts() {
        return Arc.container().requestContext().isActive() && countyContext.isEstablished()
                && !countyContext.holds(CountyRole.COORDINATOR);
    }

    /** A member (and nothing more) of the county: no other organisation's response. */
    boolean isMemberOnly() {
        return Arc.container().requestContext().isActive() && countyContext.isEstablished()
                && !countyContext.holds(CountyRole.COORDINATOR) && !countyContext.holds(CountyRole.IMPORTER);
    }
}
