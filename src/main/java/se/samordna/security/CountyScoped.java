package se.samordna.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation on {@code /counties/{cc}/...}: {@link CountyScopeFilter} lets it run only for a caller who
 * holds one of the allowed roles in county {@code cc}, and answers 401, 400, 404 or 403 otherwise. The roles are
 * {@link #value()}, or, for the shared operations of {@code CountyResourceEndpoint}, what the resource class's
 * {@link CountyRights} allow for {@link #access()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface CountyScoped {

    /** The roles in the county that may call the operation; when empty, the resource's rights for the access. */
    CountyRole[] value() default {};

    /** The kind of access, looked up in the resource class's {@link CountyRights} when no roles are given. */
    CountyRights.Access access() default CountyRights.Access.READ;
}
