package se.samordna.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops and starts the test run's own PostgreSQL as an operator would ({@code pg_ctl stop -m fast}, then {@code pg_ctl
 * start} with the options it ran with, read from its {@code postmaster.opts}). Absent when the run uses a database
 * named by {@code SAMORDNA_TEST_DB_URL}: a shared server is never stopped by a test.
 */
public final class PostgresControl {

    /** Config key under which {@link LocalStackResource} names the data directory of the PostgreSQL it started. */
    public static final String DATA_DIRECTORY = "samordna.test.postgres-data-directory";

    private final Path dataDirectory;

    private PostgresControl(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** The run's own PostgreSQL, or empty when the tests run against an external one. */
    public static Optional<PostgresControl> ofTestRun() {
        return ConfigProvider.getConfig().getOptionalValue(DATA_DIRECTORY, String.class)
                .map(Path::of)
                .map(PostgresControl::new);
    }

    /** {@code pg_ctl stop -m fast}: sessions are ended (SQLState 57P01) and the server is gone when this returns. */
    public void stopFast() {
        pgCtl("stop", "-m", "fast");
    }

    /** {@code pg_ctl start} with the options it ran with (port and settings); returns once it accepts connections. */
    public void start() {
        pgCtl("start", "-l", dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restarts.log").toString(),
                "-o", String.join(" ", postmasterOptions()));
    }

    /**
     * The postmaster's arguments but its binary and data directory, as PostgreSQL recorded them in postmaster.opts:
     * {@code /…/bin/postgres "-D" "/…" "-p" "5432" "-c" "max_connections=60"}, each quoted for pg_ctl's shell.
     */
    private List<String> postmasterOptions() {
        List<String> words = List.of(read("postmaster.opts").strip().split(" "));
        List<String> options = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("\"-D\"")) {
                i++;
            } else {
                options.add(words.get(i));
            }
        }
        return options;
    }

    private Path binaries() {
        return Path.of(read("postmaster.opts").strip().split(" ")[0]).getParent();
    }

    private void pgCtl(String action, String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // pg_ctl refuses to run as root; zonky runs it in a user namespace of its own, and so does this
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(binaries().resolve("pg_ctl").toString(), action, "-D", dataDirectory.toString(), "-w",
                "-t", "60"));
        command.addAll(List.of(arguments));
        Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-pg_ctl.log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_ctl " + action + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("pg_ctl " + action + " did not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during pg_ctl " + action, e);
        }
    }

    private String read(String file) {
        try {
            return Files.readString(dataDirectory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No " + file + " in " + dataDirectory, e);
        }
    }
}
