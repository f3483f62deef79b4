package se.samordna.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samordna.testing.Database;

/**
 * Issue 11: a page of support requests in any order the list offers reads its rows in that order from an index
 * (leading with the county, ending with the id that breaks ties), instead of sorting all of the county's requests.
 * With sorting priced out ({@code enable_sort = off}) PostgreSQL sorts only where no index gives the order, so the
 * plan of each offered sort, in both directions, must hold no Sort node; the test data's size does not matter.
 */
@QuarkusTest
@DisplayName("Support requests: every sort the list offers is served by an index")
class SupportRequestSortIndexTest {

    static Stream<Arguments> sorts() {
        return SupportRequestService.SORTABLE.values().stream().sorted()
                .flatMap(attribute -> Stream.of(Arguments.of(attribute, "asc"), Arguments.of(attribute, "desc")));
    }

    @ParameterizedTest(name = "order by {0} {1}, id {1}")
    @MethodSource("sorts")
    void shouldReadAPageInIndexOrder(String attribute, String direction) throws SQLException {
        String column = attribute.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        List<String> plan = new ArrayList<>();
        try (Connection connection = Database.newConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set enable_sort = off");
            try (ResultSet rows = statement.executeQuery("explain select id from support_request"
                    + " where county_code = '08' order by " + column + " " + direction + ", id " + direction
                    + " limit 21")) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        assertTrue(plan.stream().noneMatch(line -> line.contains("Sort")) && plan.stream().anyMatch(line -> line.contains("Index")),
                "a page ordered by " + column + " " + direction + " is sorted, not read from an index:\n" + String.join("\n", plan));
    }
}
