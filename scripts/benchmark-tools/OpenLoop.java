import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator (neither wrk2 nor k6 installs here): requests leave at a fixed rate whatever the
 * answers do, and each latency counts from the moment the request was due, not from when it was sent, so a stall
 * shows in the percentiles instead of slowing the load (no coordinated omission). Same pool and placeholders as
 * pool.lua.
 * <p>
 * Like wrk2, which discards its first 10 s of calibration, the generator runs at the same rate for WARMUP seconds
 * (environment, default 10) before it counts: the generator itself starts cold (its HTTP client, its JIT), and on a
 * shared machine its warm-up would otherwise show as the API's latency. With TIMELINE (environment) set to a file,
 * it also writes, per second of the measured part, the count, p50, p99 and maximum, so a tail can be placed in time
 * (beside the API's GC log).
 * <p>
 * Like wrk2's {@code -c} and k6's pool of virtual users, it holds at most CONNECTIONS (environment, default 64)
 * requests in flight, so at most that many connections: the JDK's HTTP client opens a new connection for each request
 * that finds none idle, and on its own opened 436 in its first two seconds (2 561 when the API fell behind), each one
 * accepted and kept by the API, whose heap grew with them. A request due while all are busy waits for one, and that
 * wait counts in its latency, since latency still counts from the moment it was due.
 *
 * <pre>java OpenLoop.java RATE SECONDS BASE_URL TOKENS_FILE PATH...</pre>
 */
public class OpenLoop {

    record Kind(int code, int count) {
    }

    static String id(String kind, String cc) {
        Kind k = switch (kind) {
            case "organisation" -> new Kind(1, 300);
            case "contact" -> new Kind(2, 5000);
            case "meeting" -> new Kind(5, 2000);
            case "support" -> new Kind(7, 20000);
            case "survey" -> new Kind(8, 5);
            default -> throw new IllegalArgumentException(kind);
        };
        return "00000000-0000-4000-8%d%s-%012d".formatted(k.code(), cc,
                ThreadLocalRandom.current().nextInt(1, k.count() + 1));
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        String base = args[2];
        List<String[]> tokens = Files.readAllLines(Path.of(args[3])).stream().filter(l -> l.contains(" "))
                .map(l -> l.split(" ", 2)).toList();
        List<String> paths = Arrays.asList(args).subList(4, args.length);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "10"));
        Semaphore connections = new Semaphore(Integer.parseInt(System.getenv().getOrDefault("CONNECTIONS", "64")));
        int counted = rate * seconds;
        int total = rate * (warmup + seconds);
        long period = 1_000_000_000L / rate;
        // latency of request i at i - first, for the requests that count
        int first = rate * warmup;
        long[] latencies = new long[counted];
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String[] token = tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()));
            String path = paths.get(ThreadLocalRandom.current().nextInt(paths.size())).replace("{cc}", token[0]);
            StringBuilder resolved = new StringBuilder();
            var matcher = java.util.regex.Pattern.compile("\\{(\\w+)\\}").matcher(path);
            while (matcher.find()) {
                matcher.appendReplacement(resolved, id(matcher.group(1), token[0]));
            }
            matcher.appendTail(resolved);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + resolved))
                    .header("Authorization", "Bearer " + token[1]).timeout(Duration.ofSeconds(30)).build();
            int index = i;
            connections.acquireUninterruptibly();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                connections.release();
                if (index >= first) {
                    latencies[index - first] = System.nanoTime() - due;
                    if (error != null || response.statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                }
                done.countDown();
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - (start + first * period)) / 1e9;
        // the counted window in milliseconds since the epoch, from when its first request was due to when its last
        // answer came, to be set beside the API's GC log (decorated with timemillis)
        long countedFrom = startMillis + first * period / 1_000_000;
        long countedTo = System.currentTimeMillis();
        String timeline = System.getenv("TIMELINE");
        if (timeline != null) {
            StringBuilder lines = new StringBuilder("second\tcount\tp50_ms\tp99_ms\tmax_ms\n");
            for (int second = 0; second < seconds; second++) {
                long[] part = Arrays.copyOfRange(latencies, second * rate, (second + 1) * rate);
                Arrays.sort(part);
                lines.append("%d\t%d\t%.2f\t%.2f\t%.2f%n".formatted(warmup + second, part.length, pct(part, 50),
                        pct(part, 99), part[part.length - 1] / 1e6));
            }
            Files.writeString(Path.of(timeline), lines);
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH rate=%d achieved=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f non200=%d warmup=%d from=%d to=%d%n",
                rate, counted / elapsed, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted[sorted.length - 1] / 1e6, failed.get(), warmup, countedFrom, countedTo);
        System.exit(0);
    }

    static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
