package se.samordna.testing;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Names the county resource a {@link CountyResourceContract} test is about, where both the contract and the names
 * of its tests ({@link ContractDisplayName}) can read it. Who may do what is not said here: the contract reads it
 * from {@link Rights} by the resource's name.
 */
@Documented
@Retention(RUNTIME)
@Target(ElementType.TYPE)
public @interface CountyResource {

    /** The collection under {@code /counties/{code}/} (or under its parent object), such as {@code organisations}. */
    String collection();

    /** One object of it, as test names speak of it: {@code organisation} gives "a Kalmar organisation". */
    String noun();

    /**
     * For a nested collection, the parent's collection: {@code parent = "surveys", collection = "responses"} is
     * {@code /counties/{cc}/surveys/{id}/responses}. The test supplies the parent ({@code newParent(countyCode)}).
     */
    String parent() default "";

    /** The {@code resourceType} its history answers; the noun when left empty. */
    String resourceType() default "";

    /** The field that {@code q=} searches and lists sort by unless told otherwise; empty when the list has none. */
    String nameField() default "name";

    /**
     * The operations the resource offers; every other one answers 405 problem (404 where no operation has the
     * path). An action endpoint such as {@code POST …/{id}/transitions} is a nested collection offering CREATE (and
     * LIST when it lists what was done).
     */
    Operation[] operations() default { Operation.LIST, Operation.GET, Operation.CREATE, Operation.REPLACE,
            Operation.PATCH, Operation.DELETE, Operation.HISTORY };

    /** The status a successful CREATE answers: 201 for a new object; an action may answer 200. */
    int createAnswers() default 201;

    /**
     * Deprecated: the rights of members come from {@link Rights}. When given, it must say exactly what the table
     * says, or every test of the class fails; it can never widen them.
     */
    @Deprecated
    Operation[] memberMay() default {};

    /** Deprecated, as {@link #memberMay()}: the importer's rights come from {@link Rights}. */
    @Deprecated
    Operation[] importerMay() default {};
}
