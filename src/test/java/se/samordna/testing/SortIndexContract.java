package se.samordna.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: a page of a large list, in any order the list offers, reads its rows in that order from an index (leading
 * with the county, ending with the id that breaks ties: web/Sorting) instead of sorting all of the county's rows
 * first. With sorting priced out ({@code enable_sort} and {@code enable_incremental_sort} off) PostgreSQL sorts only
 * where no index gives the whole order, so the plan of each offered sort, in both directions, must hold no Sort node
 * (an index without the id still needs an incremental sort); the test data's size does not matter.
 * <p>
 * A family's test extends this with {@code @QuarkusTest} (which migrates the schema) and names its table, the
 * attributes its list sorts by (its service's {@code SORTABLE}) and any condition its list always adds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SortIndexContract {

    private final String table;
    private final Collection<String> sortable;
    private final String alwaysWhere;

    /**
     * @param table the list's table
     * @param sortable the entity attributes the list sorts by; each is the column of the same name in snake case
     * @param alwaysWhere a condition the list always adds to the county's, such as {@code erased_at is null}, or null
     */
    protected SortIndexContract(String table, Collection<String> sortable, String alwaysWhere) {
        this.table = table;
        this.sortable = sortable;
        this.alwaysWhere = alwaysWhere;
    }

    Stream<Arguments> sorts() {
        return sortable.stream().sorted()
                .flatMap(attribute -> Stream.of(Arguments.of(attribute, "asc"), Arguments.of(attribute, "desc")));
    }

    @ParameterizedTest(name = "order by {0} {1}, id {1}")
    @MethodSource("sorts")
    void shouldReadAPageInIndexOrder(String attribute, String direction) throws SQLException {
        String column = attribute.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        String where = "county_code = '08'" + (alwaysWhere == null ? "" : " and " + alwaysWhere);
        List<String> plan = new ArrayList<>();
        try (Connection connection = Database.newConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set enable_sort = off");
            statement.execute("set enable_incremental_sort = off");
            try (ResultSet rows = statement.executeQuery("explain select id from " + table + " where " + where
                    + " order by " + column + " " + direction + ", id " + direction + " limit 21")) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        assertTrue(plan.stream().noneMatch(line -> line.contains("Sort"))
                && plan.stream().anyMatch(line -> line.contains("Index")),
                "a page of " + table + " ordered by " + column + " " + direction
                        + " is sorted, not read from an index:\n" + String.join("\n", plan));
    }
}
