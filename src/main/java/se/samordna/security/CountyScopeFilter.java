package se.samordna.security;

import io.quarkus.logging.Log;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.samordna.region.ReferenceData;
import se.samordna.web.ProblemException;

/**
 * The one mechanism that scopes requests to a county. For an operation marked {@link CountyScoped} it answers,
 * in this order: 401 without a valid token, 400 for a malformed county code, 404 for a county that does not
 * exist, 403 when the caller holds no allowed role in that county. Otherwise it records the county and the
 * caller's roles there in {@link CountyContext} for the services.
 */
public class CountyScopeFilter {

    private final Caller caller;
    private final CountyContext context;
    private final ReferenceData referenceData;

    CountyScopeFilter(Caller caller, CountyContext context, ReferenceData referenceData) {
        this.caller = caller;
        this.context = context;
        this.referenceData = referenceData;
    }

    @ServerRequestFilter
    public void scope(ContainerRequestContext request, ResourceInfo resource) {
        Rule rule = ruleOf(resource);
        if (!rule.scoped()) {
            if (!rule.openToAllCounties() && request.getUriInfo().getPathParameters().containsKey("cc")) {
                // fail closed: a county operation that does not say who may use it is used by no one
                Log.errorf("%s has a {cc} path but neither @CountyScoped nor @OpenToAllCounties; refused",
                        resource.getResourceMethod());
                throw ProblemException.forbidden("This operation is not open to your roles");
            }
            return;
        }
        if (caller.isAnonymous()) {
            throw ProblemException.unauthorized();
        }
        String countyCode = request.getUriInfo().getPathParameters().getFirst("cc");
        referenceData.requireCounty(countyCode);
        Set<CountyRole> held = caller.rolesIn(countyCode);
        if (held.isEmpty()) {
            throw ProblemException.forbidden("You hold no role in county " + countyCode);
        }
        if (Collections.disjoint(rule.allowed(), held)) {
            throw ProblemException.forbidden("Your role in county " + countyCode + " does not allow this operation");
        }
        context.establish(countyCode, held);
    }

    /**
     * What the filter needs of an operation, read from its annotations once per resource class and method (an
     * operation of {@link se.samordna.county.CountyResourceEndpoint} is one method shared by every family, with the
     * rights of each family's class): whether it is {@link CountyScoped}, whether it is {@link OpenToAllCounties},
     * and the roles it allows.
     */
    record Rule(boolean scoped, boolean openToAllCounties, Set<CountyRole> allowed) {
        static final Rule NONE = new Rule(false, false, Set.of());
    }

    private static final ClassValue<Map<Method, Rule>> RULES = new ClassValue<>() {
        @Override
        protected Map<Method, Rule> computeValue(Class<?> resourceClass) {
            return new ConcurrentHashMap<>();
        }
    };

    static Rule ruleOf(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return Rule.NONE;
        }
        Class<?> resourceClass = resource.getResourceClass();
        return RULES.get(resourceClass).computeIfAbsent(method, m -> read(resourceClass, m));
    }

    private static Rule read(Class<?> resourceClass, Method method) {
        CountyScoped scoped = annotationOf(resourceClass, method, CountyScoped.class);
        boolean open = annotationOf(resourceClass, method, OpenToAllCounties.class) != null;
        if (scoped == null) {
            return new Rule(false, open, Set.of());
        }
        return new Rule(true, open, Set.copyOf(Arrays.asList(allowedRoles(scoped, resourceClass))));
    }

    /** The roles the annotation names, or those the resource class's rights allow for the access it names. */
    static CountyRole[] allowedRoles(CountyScoped scoped, Class<?> resourceClass) {
        if (scoped.value().length > 0) {
            return scoped.value();
        }
        CountyRights rights = resourceClass.getAnnotation(CountyRights.class);
        if (rights == null) {
            rights = Defaults.class.getAnnotation(CountyRights.class);
        }
        return switch (scoped.access()) {
            case READ -> rights.read();
            case CREATE -> rights.create();
            case CHANGE -> rights.change();
            case DELETE -> rights.delete();
            case HISTORY -> rights.history();
        };
    }

    /** Carries the default rights for resource classes that do not declare their own. */
    @CountyRights
    private static final class Defaults {
    }

    private static <A extends Annotation> A annotationOf(Class<?> resourceClass, Method method, Class<A> type) {
        A onMethod = method.getAnnotation(type);
        return onMethod != null ? onMethod : resourceClass.getAnnotation(type);
    }
}
