package se.samordna.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation on {@code /counties/{cc}/...} that every signed-in caller may use whatever their county,
 * such as reference data about the county itself. Without it or {@link CountyScoped}, {@link CountyScopeFilter}
 * refuses the operation: a county path is closed unless it says who may use it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface OpenToAllCounties {
}
