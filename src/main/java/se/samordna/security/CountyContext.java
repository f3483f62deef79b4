package se.samordna.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/** The county of this request and the caller's roles in it, as {@link CountyScopeFilter} established them. */
@RequestScoped
public class CountyContext {

    private String countyCode;
    private Set<CountyRole> roles = Set.of();

    void establish(String countyCode, Set<CountyRole> roles) {
        this.countyCode = countyCode;
        this.roles = Set.copyOf(roles);
    }

    public String countyCode() {
        if (countyCode == null) {
            throw new IllegalStateException("no county was established for this request");
        }
        return countyCode;
    }

    public boolean isEstablished() {
        return countyCode != null;
    }

    /** Whether the caller holds {@code role} in this request's county. */
    public boolean holds(CountyRole role) {
        return roles.contains(role);
    }

    /** Contact details and other personal data: the county's coordinators and its own integrations. */
    public boolean maySeePersonalData() {
        return roles.contains(CountyRole.COORDINATOR) || roles.contains(CountyRole.IMPORTER);
    }
}
