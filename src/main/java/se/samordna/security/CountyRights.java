package se.samordna.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may do what with a county resource, said once on its resource class and read by {@link CountyScopeFilter}
 * for the shared operations of {@code CountyResourceEndpoint}. The defaults are DESIGN.md's for most resources:
 * the county's coordinators write, members and the county's integrations read, history is for coordinators and
 * integrations. Which objects a member may touch (its own organisation's, its own requests) is the service's
 * rule, on top of these.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CountyRights {

    /** The kinds of access the shared operations need. */
    enum Access {
        READ, CREATE, CHANGE, DELETE, HISTORY
    }

    /** List and get. */
    CountyRole[] read() default { CountyRole.COORDINATOR, CountyRole.MEMBER, CountyRole.IMPORTER };

    CountyRole[] create() default { CountyRole.COORDINATOR };

    /** Replace and merge patch. */
    CountyRole[] change() default { CountyRole.COORDINATOR };

    CountyRole[] delete() default { CountyRole.COORDINATOR };

    CountyRole[] history() default { CountyRole.COORDINATOR, CountyRole.IMPORTER };
}
