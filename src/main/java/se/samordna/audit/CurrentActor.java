package se.samordna.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.samordna.security.Caller;

/** The actor of the current write: the caller of the request, or {@link Actor#SYSTEM} outside requests. */
@ApplicationScoped
public class CurrentActor {

    @Inject
    Caller caller;

    public Actor get() {
        if (!Arc.container().requestContext().isActive() || caller.isAnonymous()) {
            return Actor.SYSTEM;
        }
        return new Actor(caller.subject(), caller.name(), caller.client());
    }
}
