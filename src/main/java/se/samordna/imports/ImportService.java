package se.samordna.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samordna.audit.CurrentActor;
import se.samordna.county.CountyResourceService.ImportOutcome;
import se.samordna.web.Page;
import se.samordna.web.Paging;
import se.samordna.web.Problem.FieldError;
import se.samordna.web.ProblemException;
import se.samordna.web.ProblemMappers;
import se.samordna.web.StorableText;

/**
 * Runs bulk imports: all rows validated in memory with each family's own write shape and rules, then written in
 * batches, or none; a report of every refused row. One import at a time per county across every instance (an
 * advisory lock in PostgreSQL), and an {@code Idempotency-Key} whose first answer is kept in PostgreSQL and replayed.
 */
@ApplicationScoped
public class ImportService {

    /** Seconds a client waits before asking again while another import of the county runs. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final Map<String, ImportKind<?>> kinds;
    private final ImportBody body;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final EntityManager em;
    private final CurrentActor currentActor;
    private final ImportMetrics metrics;
    /** A RUNNING import younger than this may not have taken its county's lock yet, so it is never taken for abandoned. */
    private final Duration abandonedAfter;

    ImportService(Instance<ImportKind<?>> kinds, ImportBody body, ObjectMapper mapper, Validator validator,
            EntityManager em, CurrentActor currentActor, ImportMetrics metrics,
            @ConfigProperty(name = "samordna.imports.abandoned-after", defaultValue = "1m") Duration abandonedAfter) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity(), (a, b) -> a,
                TreeMap::new));
        this.body = body;
        this.mapper = mapper;
        this.validator = validator;
        this.em = em;
        this.currentActor = currentActor;
        this.metrics = metrics;
        this.abandonedAfter = abandonedAfter;
    }

    /** The answer to an import: its HTTP status (201 written, 200 dry run, 422 refused) and report. */
    public record Answer(int status, ImportReport report) {
    }

    /** The kinds an import takes, as the {@code kind} parameter names them. */
    public Set<String> kinds() {
        return kinds.keySet();
    }

    public Answer run(String countyCode, String kindName, boolean dryRun, String idempotencyKey,
            ImportBody.Encoding encoding, byte[] content) {
        boolean csv = encoding.csv();
        ImportKind<?> kind = kindNamed(kindName);
        String key = keyOf(idempotencyKey);
        Set<String> columns = new LinkedHashSet<>(fieldsOf(kind.shape()));
        columns.addAll(kind.referenceColumns());
        List<ImportBody.Row> rows = body.rows(content, encoding, columns, kind.columnPrefixes());
        Instant startedAt = now();
        if (dryRun) {
            Staged staged = discarded(() -> stage(countyCode, kind, rows, csv, true));
            ImportReport report = report(null, countyCode, kind, true, rows, staged, startedAt);
            metrics.finished(report, Duration.between(startedAt, now()));
            return new Answer(staged.rejected().isEmpty() ? 200 : 422, report);
        }
        String hash = hash(kind.name(), encoding, content);
        UUID id = UUID.randomUUID();
        ImportRun earlier = QuarkusTransaction.requiringNew()
                .call(() -> claim(countyCode, id, kind.name(), key, hash, startedAt));
        if (earlier != null) {
            return replay(earlier, hash);
        }
        try {
            ImportReport[] recorded = new ImportReport[1];
            Staged staged = discarded(() -> {
                lockCounty(countyCode);
                Staged written = stage(countyCode, kind, rows, csv, false);
                if (written.rejected().isEmpty()) {
                    // recorded with the rows, in their transaction: the answer a replay gives is this one
                    recorded[0] = report(id, countyCode, kind, false, rows, written, startedAt);
                    finish(id, recorded[0]);
                }
                return written;
            });
            ImportReport report = recorded[0] != null ? recorded[0]
                    : report(id, countyCode, kind, false, rows, staged, startedAt);
            if (!staged.rejected().isEmpty()) {
                // the rows were rolled back; the report of the refusal is kept for the key and the list
                QuarkusTransaction.requiringNew().run(() -> finish(id, report));
            }
            Log.infof("Import %s of %s in county %s %s: %d rows (%d created, %d updated, %d unchanged, %d refused) in %d ms",
                    id, kind.name(), countyCode, report.status(), report.rows(), report.created(), report.updated(),
                    report.unchanged(), report.rejected(), report.finishedAt().toEpochMilli() - startedAt.toEpochMilli());
            metrics.finished(report, Duration.between(startedAt, report.finishedAt()));
            return answer(report);
        } catch (RuntimeException e) {
            metrics.failed(kind.name(), e, Duration.between(startedAt, now()));
            if (e instanceof ProblemException refusal && refusal.status() < 500) {
                // refused before it wrote anything (such as another import running): as if never sent, key free again
                QuarkusTransaction.requiringNew().run(() -> ImportRun.delete("countyCode = ?1 and id = ?2 and status = ?3",
                        countyCode, id, ImportRun.Status.RUNNING));
            } else {
                recordFailed(countyCode, id, kind.name(), e);
            }
            throw e;
        }
    }

    /**
     * Records an import that stopped with {@code failure} (its rows rolled back) FAILED, once, in a transaction of its
     * own. When that fails too (the database still gone), it is logged and the import stays RUNNING until it is read
     * after {@link #abandonedAfter} ({@link #failAbandoned}).
     */
    private void recordFailed(String countyCode, UUID id, String kind, RuntimeException failure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> fail(countyCode, "id = :id", "id", id, now()));
            Log.warnf("Import %s of %s in county %s FAILED, none of its rows written: %s", id, kind, countyCode, failure);
        } catch (RuntimeException e) {
            Log.warnf("Import %s of %s in county %s failed (%s) and could not be recorded FAILED (%s); it will be when "
                    + "read after %s", id, kind, countyCode, failure, e, abandonedAfter);
            // the answer tells the cause of both: a database found gone here is a 503 whatever the first failure was
            failure.addSuppressed(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportReport get(String countyCode, UUID id) {
        ImportRun run = ImportRun.<ImportRun>find("countyCode = ?1 and id = ?2", countyCode, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Import " + id));
        return reportOf(run, failAbandonedAmong(countyCode, List.of(run)));
    }

    /** The county's imports, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ImportReport> list(String countyCode, Paging paging) {
        Page<ImportRun> page = Page.of(
                ImportRun.<ImportRun>find("countyCode = ?1 order by startedAt desc, id desc", countyCode), paging);
        Failed failed = failAbandonedAmong(countyCode, page.items());
        return page.map(run -> reportOf(run, failed).summary());
    }

    /** The rows checked (and, unless refused or a dry run, written) in the current transaction. */
    private record Staged(ImportOutcome outcome, SortedMap<Integer, List<FieldError>> rejected) {
    }

    /** Ends the transaction of a dry run or a refused import: rolled back, with what it found. */
    private static final class Discarded extends RuntimeException {

        private final transient Staged staged;

        Discarded(Staged staged) {
            super(null, null, false, false);
            this.staged = staged;
        }
    }

    /**
     * Runs {@code staging} in a transaction of its own, committed when it wrote rows; a dry run's or a refused
     * import's is rolled back (its rows changed objects that the transaction manages).
     */
    private Staged discarded(java.util.function.Supplier<Staged> staging) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Staged staged = staging.get();
                if (!staged.rejected().isEmpty() || staged.outcome().dryRun()) {
                    throw new Discarded(staged);
                }
                return staged;
            });
        } catch (Discarded discarded) {
            return discarded.staged;
        }
    }

    private <W> Staged stage(String countyCode, ImportKind<W> kind, List<ImportBody.Row> rows, boolean csv,
            boolean dryRun) {
        SortedMap<Integer, List<FieldError>> rejected = new TreeMap<>();
        List<ObjectNode> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i).values();
            if (!(row instanceof ObjectNode object)) {
                rejected.put(i, List.of(new FieldError("row", "must be a JSON object of the kind's fields")));
                values.add(null);
            } else if (object.has(ImportBody.WRONG_WIDTH)) {
                rejected.put(i, List.of(new FieldError("row", object.get(ImportBody.WRONG_WIDTH).asText())));
                values.add(null);
            } else if (unstorable(object) instanceof FieldError fault) {
                // before any of its text reaches a query (an externalId looked up) or the stored report
                rejected.put(i, List.of(fault));
                values.add(null);
            } else {
                values.add(object);
            }
        }
        kind.resolveReferences(countyCode, values, rejected);
        List<UUID> parentIds = kind.parentIds(values, rejected);
        List<W> writes = new ArrayList<>(rows.size());
        for (int i = 0; i < values.size(); i++) {
            writes.add(rejected.containsKey(i) ? null : write(values.get(i), kind.shape(), i, rejected));
        }
        kind.lookUpReferences(countyCode, writes);
        ImportOutcome outcome = kind.service().importRows(countyCode, parentIds, writes, dryRun || !rejected.isEmpty());
        rejected.putAll(outcome.rejected());
        if (csv) {
            rejected.replaceAll((index, errors) -> values.get(index) == null ? errors : errors.stream()
                    .map(error -> new FieldError(kind.csvColumn(values.get(index), error.field()), error.message()))
                    .toList());
        }
        return new Staged(outcome, rejected);
    }

    /** The first field of a JSON row whose name or value holds text PostgreSQL cannot store; null when none does. */
    private static FieldError unstorable(ObjectNode row) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = row.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!StorableText.storable(field.getKey())) {
                return new FieldError("row", "has a field name that " + StorableText.MESSAGE);
            }
            if (!StorableText.storable(field.getValue())) {
                return new FieldError(field.getKey(), StorableText.MESSAGE);
            }
        }
        return null;
    }

    /** The row as the family's write shape, checked by Bean Validation as a single write is; null when refused. */
    private <W> W write(ObjectNode row, Class<W> shape, int index, Map<Integer, List<FieldError>> rejected) {
        W write;
        try {
            write = mapper.treeToValue(row, shape);
        } catch (JsonMappingException e) {
            rejected.put(index, List.of(ProblemMappers.fieldError(e)));
            return null;
        } catch (JsonProcessingException e) {
            rejected.put(index, List.of(new FieldError("row", "cannot be read as this kind's fields")));
            return null;
        }
        List<FieldError> errors = validator.validate(write).stream()
                .map(v -> new FieldError(ProblemMappers.fieldOf(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        if (!errors.isEmpty()) {
            rejected.put(index, errors);
            return null;
        }
        return write;
    }

    private ImportReport report(UUID id, String countyCode, ImportKind<?> kind, boolean dryRun,
            List<ImportBody.Row> rows, Staged staged, Instant startedAt) {
        boolean refused = !staged.rejected().isEmpty();
        String status = refused ? ImportRun.Status.REJECTED.name() : dryRun ? "VALID" : ImportRun.Status.SUCCEEDED.name();
        List<RejectedRow> rejectedRows = new ArrayList<>();
        staged.rejected().forEach((index, errors) -> errors.forEach(error -> rejectedRows.add(
                new RejectedRow(rows.get(index).number(), error.field(), error.message()))));
        ImportOutcome outcome = staged.outcome();
        return new ImportReport(id, countyCode, kind.name(), status, dryRun, rows.size(),
                refused ? 0 : outcome.created(), refused ? 0 : outcome.updated(), refused ? 0 : outcome.unchanged(),
                staged.rejected().size(), rejectedRows, currentActor.get().subject(), startedAt, now());
    }

    /**
     * Records the import as running under its key; when the county already has an import with this key, returns
     * that one instead (and records nothing).
     */
    private ImportRun claim(String countyCode, UUID id, String kind, String key, String hash, Instant startedAt) {
        // the county's abandoned imports are recorded FAILED first, which frees their keys for this one
        failAbandoned(countyCode);
        while (true) {
            int inserted = em.createNativeQuery("""
                    insert into import_run (county_code, id, kind, status, idempotency_key, body_hash, started_at, started_by)
                    values (:county, :id, :kind, 'RUNNING', :key, :hash, :startedAt, :startedBy)
                    on conflict (county_code, idempotency_key) do nothing
                    """)
                    .setParameter("county", countyCode)
                    .setParameter("id", id)
                    .setParameter("kind", kind)
                    .setParameter("key", key)
                    .setParameter("hash", hash)
                    .setParameter("startedAt", startedAt)
                    .setParameter("startedBy", currentActor.get().subject())
                    .executeUpdate();
            if (inserted == 1) {
                return null;
            }
            ImportRun earlier = ImportRun.<ImportRun>find("countyCode = ?1 and idempotencyKey = ?2", countyCode, key)
                    .firstResult();
            if (earlier != null) {
                return earlier;
            }
            // the earlier import with this key failed and gave its key back in between: claim it again
        }
    }

    /** Imports recorded FAILED by this request, and when. */
    private record Failed(Set<UUID> ids, Instant at) {

        static final Failed NONE = new Failed(Set.of(), null);
    }

    /**
     * When any of {@code runs} (read without a transaction) may have been abandoned, records the county's abandoned
     * imports FAILED in a transaction of its own ({@link #failAbandoned}).
     */
    private Failed failAbandonedAmong(String countyCode, List<ImportRun> runs) {
        Instant before = now().minus(abandonedAfter);
        if (runs.stream().noneMatch(run -> run.status == ImportRun.Status.RUNNING && run.startedAt.isBefore(before))) {
            return Failed.NONE;
        }
        return QuarkusTransaction.requiringNew().call(() -> failAbandoned(countyCode));
    }

    /**
     * Records FAILED, and frees the keys of, the county's RUNNING imports whose instance stopped (their transaction,
     * and so their rows, rolled back): older than {@link #abandonedAfter}, while no import of the county holds the
     * county's lock (taken here when there is any such import, till this transaction ends).
     */
    private Failed failAbandoned(String countyCode) {
        Instant before = now().minus(abandonedAfter);
        boolean any = !em.createNativeQuery("""
                select 1 from import_run where county_code = :county and status = 'RUNNING' and started_at < :before
                limit 1""")
                .setParameter("county", countyCode)
                .setParameter("before", before)
                .getResultList().isEmpty();
        if (!any || !tryLockCounty(countyCode)) {
            return Failed.NONE;
        }
        Instant at = now();
        Set<UUID> ids = fail(countyCode, "started_at < :before", "before", before, at);
        if (!ids.isEmpty()) {
            Log.warnf("Imports %s of county %s stopped before they finished (their connection or instance lost): recorded FAILED", ids, countyCode);
        }
        return new Failed(ids, at);
    }

    /**
     * Records the county's RUNNING imports that match {@code condition} FAILED at {@code at}, with their keys set free;
     * returns their ids.
     */
    private Set<UUID> fail(String countyCode, String condition, String name, Object value, Instant at) {
        List<?> ids = em.createNativeQuery("""
                update import_run set status = 'FAILED', idempotency_key = null, finished_at = :at
                where county_code = :county and status = 'RUNNING' and %s
                returning id""".formatted(condition), UUID.class)
                .setParameter("county", countyCode)
                .setParameter("at", at)
                .setParameter(name, value)
                .getResultList();
        return ids.stream().map(UUID.class::cast).collect(Collectors.toUnmodifiableSet());
    }

    private Answer replay(ImportRun earlier, String hash) {
        if (!earlier.bodyHash.equals(hash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key used for another request",
                    "The Idempotency-Key " + earlier.idempotencyKey + " was sent with another import (another kind or "
                            + "body) before. Use a new key for a new import.",
                    List.of(new FieldError("Idempotency-Key", "was used for another request")));
        }
        if (earlier.status == ImportRun.Status.RUNNING) {
            throw ProblemException.retryLater(409, "idempotency-key-in-use", "Import with this key still running",
                    "The first request with Idempotency-Key " + earlier.idempotencyKey + " is still running; ask again "
                            + "later to get its answer.", RETRY_AFTER_SECONDS);
        }
        return answer(reportOf(earlier));
    }

    private static Answer answer(ImportReport report) {
        return new Answer(ImportRun.Status.SUCCEEDED.name().equals(report.status()) ? 201 : 422, report);
    }

    /** Takes the county's import lock until the transaction ends; 429 while another import of the county holds it. */
    private void lockCounty(String countyCode) {
        if (!tryLockCounty(countyCode)) {
            throw ProblemException.retryLater(429, "import-running", "Another import is running",
                    "Another import of county " + countyCode + " is running; one runs at a time. Send this one again "
                            + "after it.", RETRY_AFTER_SECONDS);
        }
    }

    private boolean tryLockCounty(String countyCode) {
        return Boolean.TRUE.equals(em.createNativeQuery(
                "select pg_try_advisory_xact_lock(hashtext('import'), hashtext(:county))")
                .setParameter("county", countyCode)
                .getSingleResult());
    }

    private void finish(UUID id, ImportReport report) {
        ImportRun run = em.find(ImportRun.class, id);
        run.status = ImportRun.Status.valueOf(report.status());
        run.report = mapper.valueToTree(report);
        run.finishedAt = report.finishedAt();
    }

    /** The run's report; FAILED when {@code failed} names it, though it was read RUNNING. */
    private ImportReport reportOf(ImportRun run, Failed failed) {
        if (failed.ids().contains(run.id)) {
            return unfinished(run, ImportRun.Status.FAILED, failed.at());
        }
        return reportOf(run);
    }

    /** The report of an import that wrote nothing: RUNNING, or FAILED. */
    private static ImportReport unfinished(ImportRun run, ImportRun.Status status, Instant finishedAt) {
        return new ImportReport(run.id, run.countyCode, run.kind, status.name(), false, 0, 0, 0, 0, 0, null,
                run.startedBy, run.startedAt, finishedAt);
    }

    private ImportReport reportOf(ImportRun run) {
        if (run.report == null) {
            return unfinished(run, run.status, run.finishedAt);
        }
        try {
            return mapper.treeToValue(run.report, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored report of import " + run.id + " cannot be read", e);
        }
    }

    private ImportKind<?> kindNamed(String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("kind", "is required: one of " + String.join(", ", kinds.keySet()));
        }
        ImportKind<?> kind = kinds.get(name.strip());
        if (kind == null) {
            throw ProblemException.invalid("kind", "must be one of " + String.join(", ", kinds.keySet()));
        }
        return kind;
    }

    private static String keyOf(String key) {
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 255 visible ASCII characters, such as a UUID");
        }
        return key;
    }

    /** The record components of a write shape: the columns a CSV of that kind may have. */
    private static List<String> fieldsOf(Class<?> shape) {
        return java.util.Arrays.stream(shape.getRecordComponents()).map(c -> c.getName()).toList();
    }

    private static String hash(String kind, ImportBody.Encoding encoding, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((kind + "\n" + encoding.name() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
