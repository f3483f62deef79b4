package se.samordna.testing;

import io.quarkus.arc.Arc;
import java.util.function.IntToLongFunction;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * SQL statements the API prepares while a request runs, counted with Hibernate's statistics (switched on in the
 * test profile): what pins that a list, an import or an action sends a fixed number of statements however many rows
 * it handles (no N+1). Only for tests that run in the API's own JVM ({@code @QuarkusTest}); other tests running at
 * the same time would count too, and the suite runs its classes one after another.
 */
public final class Statements {

    private Statements() {
    }

    /** The statements prepared while {@code request} ran: at least one, or the statistics are off and prove nothing. */
    public static long of(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        statistics.clear();
        request.run();
        long statements = statistics.getPrepareStatementCount();
        if (statements == 0) {
            throw new AssertionError("no SQL statement counted: are Hibernate's statistics switched off?");
        }
        return statements;
    }

    /**
     * Fails unless {@code statementsFor} (the statements of a request for so many rows, each time on new data) is the
     * same for {@code many} rows as for {@code few}: the request runs no statement per row.
     */
    public static void assertNonePerRow(String what, int few, int many, IntToLongFunction statementsFor) {
        long forFew = statementsFor.applyAsLong(few);
        long forMany = statementsFor.applyAsLong(many);
        if (forFew != forMany) {
            throw new AssertionError(what + " of " + few + " ran " + forFew + " statements, of " + many + " ran "
                    + forMany + ": a statement per row");
        }
    }
}
