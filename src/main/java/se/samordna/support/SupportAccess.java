package se.samordna.support;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import se.samordna.security.Caller;
import se.samordna.security.CountyRole;

/**
 * What the caller is to a county's support requests: a coordinator works them all, the county's integration reads
 * them all, and a member sees only those it filed. The repository applies {@link #onlyFiledBy} to every query, so
 * this is the one place that decides. Outside a request (demo data at start) the application acts as coordinator.
 */
@ApplicationScoped
public class SupportAccess {

    private final Caller caller;

    SupportAccess(Caller caller) {
        this.caller = caller;
    }

    /** The subject whose requests alone the caller may see in the county; empty when it sees every one. */
    public Optional<String> onlyFiledBy(String countyCode) {
        if (isApplication()) {
            return Optional.empty();
        }
        Set<CountyRole> roles = caller.rolesIn(countyCode);
        if (roles.contains(CountyRole.COORDINATOR) || roles.contains(CountyRole.IMPORTER)) {
            return Optional.empty();
        }
        return Optional.of(caller.subject());
    }

    /** Whether the caller works the county's requests: assigns, moves them on, writes internal notes. */
    public boolean isCoordinator(String countyCode) {
        return isApplication() || caller.rolesIn(countyCode).contains(CountyRole.COORDINATOR);
    }

    /**
     * Whether the caller files requests on behalf of the county, for any of its organisations: a coordinator, or
     * the county's importer in a bulk import (the only way it writes requests; the scope filter refuses it the
     * request endpoints' writes). Anyone else files for the organisation of its linked contact.
     */
    public boolean filesForTheCounty(String countyCode) {
        return isCoordinator(countyCode) || caller.rolesIn(countyCode).contains(CountyRole.IMPORTER);
    }

    private boolean isApplication() {
        return !Arc.container().requestContext().isActive() || caller.isAnonymous();
    }
}
