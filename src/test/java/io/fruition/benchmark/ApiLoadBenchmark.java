package io.fruition.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.fruition.process.RawEngine;
import io.fruition.support.RunningJar;

/**
 * The packaged jar as the README's Production section starts it (extracted, with the archive of the classes a start
 * loads, the serial collector and a 512 MB heap), on the default H2 database in an empty folder with the demo:
 * timed from the start to "Started" and to healthy with the demo, and again on a restart; its resident memory
 * before and after sign-in and after the load; then the API under load from the project's own
 * client ({@link LoadClient}: 8 clients, keep-alive, 30 s a request by default, {@code -Dbenchmark.seconds=}),
 * with the anonymous health check and the raw engine's rate of starting the lifecycle as the floors the
 * authenticated requests are compared with in the same run. Run with {@code ./mvnw -Pproduction,benchmark verify}.
 */
class ApiLoadBenchmark {

    private static final String START = "Start-up and memory (packaged jar built with -Pproduction, started as the "
            + "README deploys it: extracted, with a class data sharing archive, serial GC, 512 MB heap; default H2, "
            + "demo data)";
    private static final String API = "API under load (8 clients, keep-alive, HTTP Basic as the demo users)";
    private static final int CLIENTS = 8;
    private static final Duration EACH = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final int STARTS = Integer.getInteger("benchmark.starts", 3);

    @Test
    void start_up_memory_and_the_api_under_load() throws Exception {
        List<Double> started = new ArrayList<>();
        List<Double> healthyWithDemo = new ArrayList<>();
        List<Double> signInWorks = new ArrayList<>();
        List<Double> restartStarted = new ArrayList<>();
        List<Double> restartHealthy = new ArrayList<>();
        List<Double> idleRss = new ArrayList<>();
        RunningJar app = null;
        RunningJar.ClassData classData = RunningJar.classDataSharing();
        for (int i = 0; i < STARTS; i++) {
            if (app != null) {
                app.stop();
            }
            Path data = Path.of("target", "benchmarks", "jar-" + System.currentTimeMillis()).toAbsolutePath();
            app = new RunningJar("benchmark-jar-" + i, List.of("--spring.datasource.url=" + RunningJar.defaultH2Url(data),
                    "--fruition.attachments.directory=" + data.resolve("attachments")), Map.of())
                    .withClassDataSharing(classData);
            Files.deleteIfExists(app.log());
            Instant began = Instant.now();
            // While the jar starts, how soon a demo user can sign in (the demo's users come before its ideas).
            RunningJar starting = app;
            Instant from = began;
            CompletableFuture<Double> signIn = CompletableFuture.supplyAsync(() -> secondsUntilSignIn(starting, from));
            app.start(Duration.ofMinutes(5));
            signInWorks.add(signIn.get());
            healthyWithDemo.add(secondsUntilLogged(app, "Demo data loaded", began));
            // Measured as deployed: a jar built without -Pproduction runs Vaadin in development mode, slower to
            // start and heavier.
            assertThat(Files.readString(app.log())).as("the jar must be built with -Pproduction")
                    .contains("Vaadin is running in production mode");
            started.add(app.startedSeconds());
            idleRss.add(app.residentMegabytes());
            app.stop();
            began = Instant.now();
            restartHealthy.add(app.start(Duration.ofMinutes(5)).toMillis() / 1000.0);
            restartStarted.add(app.startedSeconds());
        }
        BenchmarkReport.figure(START, "first start on an empty folder: \"Started\"", "s", started, STARTS + " starts");
        BenchmarkReport.figure(START, "first start on an empty folder: a demo user can sign in", "s",
                signInWorks, STARTS + " starts; the demo's ideas still loading, the sign-in page says so");
        var healthy = BenchmarkReport.figure(START, "first start on an empty folder: healthy with the demo loaded", "s",
                healthyWithDemo, STARTS + " starts");
        BenchmarkReport.figure(START, "restart: \"Started\"", "s", restartStarted, STARTS + " restarts");
        BenchmarkReport.figure(START, "restart: healthy", "s", restartHealthy, STARTS + " restarts");
        var firstStarted = BenchmarkReport.figure(START, "resident memory after the first start, nobody signed in", "MB",
                idleRss, STARTS + " starts");
        BenchmarkReport.limit("Start-up", "\"Started\" on an empty folder (median, s)", median(started), 12.0, null);
        BenchmarkReport.limit("Start-up", "healthy with the demo on an empty folder (median, s)", healthy.median(),
                20.0, null);
        assertThat(firstStarted.median()).isPositive();

        LoadClient client = new LoadClient(app.port());
        for (String user : List.of("nora", "sam", "pat", "carl", "admin")) {
            assertThat(app.http().get(user, "/api/ideas?size=1").status()).isEqualTo(200);
        }
        double signedInRss = app.residentMegabytes();

        LoadClient.Result health = load(client, "GET /actuator/health (no credentials)", 200,
                n -> client.request(null, "/actuator/health").GET().build());
        LoadClient.Result read = load(client, "GET /api/ideas/{number} as nora", 200,
                n -> client.request("nora", "/api/ideas/NG-" + (1 + n % 12)).GET().build());
        LoadClient.Result search = load(client, "GET /api/ideas?q=… as nora", 200,
                n -> client.request("nora", "/api/ideas?q=" + List.of("cost", "energy", "portal", "report").get(n % 4))
                        .GET().build());
        LoadClient.Result tasks = load(client, "GET /engine-rest/task?maxResults=10 as nora", 200,
                n -> client.request("nora", "/engine-rest/task?maxResults=10").GET().build());
        LoadClient.Result submit = load(client, "POST /api/ideas as pat", 201,
                n -> client.request("pat", "/api/ideas").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"partnership\":\"NG\",\"title\":\"Load idea " + n
                                + "\",\"problem\":\"Generated by the load benchmark.\",\"proposal\":\"None.\"}"))
                        .build());
        double loadedRss = app.residentMegabytes();
        app.stop();

        BenchmarkReport.figure(START, "resident memory after sign-in of five users", "MB", List.of(signedInRss), null);
        BenchmarkReport.figure(START, "resident memory after the load runs", "MB", List.of(loadedRss), null);
        BenchmarkReport.limit("Start-up", "resident memory after the load runs (MB)", loadedRss, 600.0, null);

        double rawStarts = rawEngineStarts();
        for (var entry : Map.of("GET /api/ideas/{number}", read, "GET /api/ideas?q=…", search,
                "GET /engine-rest/task", tasks).entrySet()) {
            BenchmarkReport.ratio("API under load", entry.getKey() + " ÷ anonymous health check (requests/s)",
                    entry.getValue().rate() / health.rate(), 0.5, null);
        }
        BenchmarkReport.ratio("API under load", "POST /api/ideas ÷ raw engine starting the lifecycle (per s)",
                submit.rate() / rawStarts, 0.5, null);
        for (LoadClient.Result result : List.of(health, read, search, tasks, submit)) {
            assertThat(result.errors()).as(result.firstError()).isZero();
        }
    }

    private LoadClient.Result load(LoadClient client, String name, int expected, IntFunction<HttpRequest> request)
            throws Exception {
        client.run(CLIENTS, WARM_UP, expected, request);
        LoadClient.Result result = client.run(CLIENTS, EACH, expected, request);
        String note = result.requests() + " requests, " + result.errors() + " errors"
                + (result.firstError() == null ? "" : " (first: " + result.firstError().replace('|', '/') + ")");
        BenchmarkReport.figure(API, name, "requests/s", result.perSecond(), note + "; over each second of " + EACH.toSeconds() + " s");
        BenchmarkReport.figure(API, name, "ms", result.latenciesMs(), "latency of each request");
        BenchmarkReport.limit("API under load", "errors in " + name, result.errors(), 0, null);
        return result;
    }

    /** The raw engine's rate of starting the lifecycle to its first user task, same clients, the jar's H2 settings. */
    private double rawEngineStarts() throws Exception {
        Path folder = Path.of("target", "benchmarks", "raw-" + System.currentTimeMillis()).toAbsolutePath();
        try (RawEngine raw = RawEngine.on("raw-api", RunningJar.defaultH2Url(folder), "sa", "")) {
            IntFunction<String> start = n -> {
                raw.submit();
                return null;
            };
            LoadClient.closedLoop(CLIENTS, WARM_UP, start);
            LoadClient.Result result = LoadClient.closedLoop(CLIENTS, EACH, start);
            assertThat(result.errors()).as(result.firstError()).isZero();
            BenchmarkReport.figure(API, "raw engine: start the lifecycle to its first user task (in process, H2 file)",
                    "starts/s", result.perSecond(), result.requests() + " starts");
            return result.rate();
        }
    }

    private static double secondsUntilSignIn(RunningJar app, Instant since) {
        Instant giveUp = since.plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(giveUp)) {
            try {
                if (app.http().get("nora", "/api/ideas?size=1").status() == 200) {
                    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
                }
            } catch (AssertionError | RuntimeException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("nora could not sign in within five minutes; see " + app.log());
    }

    private static double secondsUntilLogged(RunningJar app, String text, Instant since) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
        while (Files.readAllLines(app.log()).stream().noneMatch(l -> l.contains(text))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Never logged '" + text + "'; see " + app.log());
            }
            Thread.sleep(100);
        }
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static double median(List<Double> values) {
        return BenchmarkReport.percentile(values.stream().sorted().toList(), 50);
    }
}
