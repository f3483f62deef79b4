package se.samordna.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import se.samordna.web.ProblemException;

/**
 * What imports do, for Prometheus: imports by kind and outcome with their duration
 * ({@code samordna_imports_seconds}) and the rows they read by kind and what became of them
 * ({@code samordna_import_rows_total}). Dry runs count
 * among the imports (outcome DRY_RUN), for they cost as much to check, but not among the rows, for they write none.
 */
@ApplicationScoped
public class ImportMetrics {

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An import that ran to its end (written, refused or dry run). */
    void finished(ImportReport report, Duration took) {
        timer(report.kind(), report.dryRun() ? "DRY_RUN" : report.status()).record(took);
        if (report.dryRun()) {
            return;
        }
        if (report.rejected() == 0) {
            rows(report.kind(), "created").increment(report.created());
            rows(report.kind(), "updated").increment(report.updated());
            rows(report.kind(), "unchanged").increment(report.unchanged());
        }
        rows(report.kind(), "refused").increment(report.rejected());
    }

    /**
     * An import that ended before it was done, with nothing written: refused as a whole (outcome: the problem's type,
     * such as import-running) or failed (FAILED, such as a lost database).
     */
    void failed(String kind, RuntimeException failure, Duration took) {
        timer(kind, failure instanceof ProblemException problem ? problem.slug() : "FAILED").record(took);
    }

    private Timer timer(String kind, String outcome) {
        return Timer.builder("samordna.imports").description("Imports by kind and outcome, and how long they took")
                .tag("kind", kind).tag("outcome", outcome).register(registry);
    }

    private Counter rows(String kind, String outcome) {
        return Counter.builder("samordna.import.rows").description("Rows of imports by kind and what became of them")
                .tag("kind", kind).tag("outcome", outcome).register(registry);
    }
}
