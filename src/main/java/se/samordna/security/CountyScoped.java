package se.samordna.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation on {@code /counties/{cc}/...}: {@link CountyScopeFilter} lets it run only for a caller who
 * holds one of {@link #value()} in county {@code cc}, and answers 401, 400, 404 or 403 otherwise.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface CountyScoped {

    /** The roles in the county that may call the operation. */
    CountyRole[] value();
}
