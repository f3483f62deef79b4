package se.samordna.testing;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Names the county resource a {@link CountyResourceContract} test is about, where both the contract and the names
 * of its tests ({@link ContractDisplayName}) can read it.
 */
@Documented
@Retention(RUNTIME)
@Target(ElementType.TYPE)
public @interface CountyResource {

    /** The collection under {@code /counties/{code}/}, such as {@code organisations}. */
    String collection();

    /** One object of it, as test names speak of it: {@code organisation} gives "a Kalmar organisation". */
    String noun();

    /** The {@code resourceType} its history answers; the noun when left empty. */
    String resourceType() default "";

    /** The field that {@code q=} searches and lists sort by unless told otherwise. */
    String nameField() default "name";

    /**
     * The field lists sort by when not told, such as {@code startsAt}; the name field when empty. The contract's
     * tests of paging and Swedish order then ask for {@code sort=<nameField>,asc} themselves.
     */
    String defaultSort() default "";

    /** What a member of the county may do; every other operation answers them 403. */
    Operation[] memberMay() default { Operation.LIST, Operation.GET };

    /** What the county's importer (a service account) may do; every other operation answers it 403. */
    Operation[] importerMay() default { Operation.LIST, Operation.GET, Operation.HISTORY };
}
