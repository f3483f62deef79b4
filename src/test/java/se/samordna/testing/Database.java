package se.samordna.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plain JDBC on the test run's database, for what the API cannot show: that a refused request wrote no change
 * event, and what an erasure left in the stored row; and for what it cannot make: data dated in the past.
 */
public final class Database {

    private Database() {
    }

    /**
     * The sequence number of the last change event of the whole database, 0 when there is none. The suite runs its
     * tests one after another, so an unchanged number means that nothing was written in between.
     */
    public static long lastChangeEvent() {
        return ((Number) query("select coalesce(max(seq), 0) as seq from change_event").getFirst().get("seq"))
                .longValue();
    }

    /** The change events of one object, oldest first, as column name to value. */
    public static List<Map<String, Object>> changeEvents(UUID resourceId) {
        return query("select * from change_event where resource_id = ? order by seq", resourceId);
    }

    /** The stored row of {@code table} with this id (the table name is the test's own constant), or null. */
    public static Map<String, Object> row(String table, UUID id) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        List<Map<String, Object>> rows = query("select * from " + table + " where id = ?", id);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** The rows a parameterised query answers, each as column name to value. */
    public static synchronized List<Map<String, Object>> query(String sql, Object... parameters) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    /**
     * Runs a parameterised update that must change exactly one row, such as moving the filing time of a test's own
     * request into the past; instants are bound as timestamps.
     */
    public static synchronized void updateOne(String sql, Object... parameters) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                statement.setObject(i + 1, p instanceof Instant instant ? Timestamp.from(instant) : p);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    /**
     * Whether a session of this database waits for an advisory lock: an import that a test holds up by taking the
     * change-feed lock of its county ({@code hashtext('change_event'), hashtext(cc)}) on a connection of its own.
     */
    public static boolean waitingForAdvisoryLock() {
        return !query("""
                select 1 from pg_locks where locktype = 'advisory' and not granted
                and database = (select oid from pg_database where datname = current_database())""").isEmpty();
    }

    /**
     * Waits, at most 10 s, until a session of this database waits for a lock of any kind (a row, an advisory lock),
     * as a write that a test holds up on purpose does: true once one does. Better than sleeping a while, which on a
     * busy machine may end before the write got that far.
     */
    public static boolean awaitLockWaiter() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            // a row lock is waited for as the holder's transaction id, a lock without a database: ask by session
            if (!query("""
                    select 1 from pg_locks l join pg_stat_activity a on a.pid = l.pid
                    where not l.granted and a.datname = current_database()""").isEmpty()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * Takes, on {@code holder} (a connection of the caller's own, {@link #newConnection}), the county's advisory lock
     * named {@code lock} as the API takes it ({@code hashtext(lock), hashtext(countyCode)}: "change_event" is the
     * change feed's, which every write waits for; "import" the one-import-per-county lock), in a transaction that
     * holds it until {@code holder.rollback()}.
     */
    public static void holdCountyLock(Connection holder, String lock, String countyCode) throws SQLException {
        holder.setAutoCommit(false);
        try (var statement = holder.prepareStatement("select pg_advisory_xact_lock(hashtext(?), hashtext(?))")) {
            statement.setString(1, lock);
            statement.setString(2, countyCode);
            statement.execute();
        }
    }

    /** Statements run on a connection of the test's own, in a transaction it holds open. */
    @FunctionalInterface
    public interface Held {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Plays one side of a race in SQL: runs {@code held} in a transaction of its own left open (a lock taken, a row
     * written, as a concurrent write of the API would), then {@code request} on a thread of its own, waits until that
     * request waits for a lock, commits, and answers what the request answered. Fails unless the request waited.
     */
    public static <T> T whileHeld(Held held, java.util.function.Supplier<T> request) throws Exception {
        try (Connection other = newConnection();
                java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor()) {
            other.setAutoCommit(false);
            held.run(other);
            CompletableFuture<T> answer = CompletableFuture.supplyAsync(request, thread);
            boolean waited = awaitLockWaiter();
            other.commit();
            org.junit.jupiter.api.Assertions.assertTrue(waited, "the request waited for the transaction held open");
            return answer.get(30, TimeUnit.SECONDS);
        }
    }

    /** Runs one statement with these parameters on {@code connection}: how many rows it wrote, or 1 for a query that found one. */
    public static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            if (statement.execute()) {
                try (ResultSet rows = statement.getResultSet()) {
                    return rows.next() ? 1 : 0;
                }
            }
            return statement.getUpdateCount();
        }
    }

    /** A connection of the caller's own to the run's database, such as one that holds a lock in a transaction. */
    public static Connection newConnection() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /**
     * Runs {@code first} in a transaction left open, then {@code second} on another connection, which must wait for
     * the first (row locks, such as the triggers' that keep derived rows) until it commits, and then write one row.
     */
    public static void concurrently(String first, String second) throws Exception {
        try (Connection one = newConnection(); Connection two = newConnection()) {
            one.setAutoCommit(false);
            try (var statement = one.createStatement()) {
                statement.executeUpdate(first);
            }
            CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
                try (var statement = two.createStatement()) {
                    return statement.executeUpdate(second);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertFalse(waiting.isDone(), "the second write did not wait for the first");
            one.commit();
            assertEquals(1, waiting.get(10, TimeUnit.SECONDS));
        }
    }

    private static Connection connection;

    /** One connection for the run (the contract asks before and after every refusal), opened again if lost. */
    private static Connection connection() throws SQLException {
        if (connection == null || !connection.isValid(2)) {
            connection = newConnection();
            connection.setAutoCommit(true);
        }
        return connection;
    }
}
