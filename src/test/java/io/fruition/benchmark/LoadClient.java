package io.fruition.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The project's load client: a number of clients, each sending its next request as soon as the last was answered
 * (closed loop, keep-alive, HTTP/1.1, as {@code ab -k -c} does), for a fixed time. It keeps every latency and the
 * count of answers in each second, so that a rate has a median, p95 and max too. An answer with another status
 * than the one expected is an error.
 */
final class LoadClient {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    LoadClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Result(List<Double> latenciesMs, List<Double> perSecond, long requests, long errors, String firstError) {
        double rate() {
            return BenchmarkReport.percentile(perSecond.stream().sorted().toList(), 50);
        }
    }

    /** A request as {@code user} (password = user name, the demo's) or anonymous. */
    HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    /** {@code clients} clients sending the request of call number n for {@code duration}, each answer checked. */
    Result run(int clients, Duration duration, int expectedStatus, IntFunction<HttpRequest> requestNumber)
            throws Exception {
        return closedLoop(clients, duration, n -> {
            try {
                HttpResponse<String> response = http.send(requestNumber.apply(n), HttpResponse.BodyHandlers.ofString());
                String body = response.body();
                return response.statusCode() == expectedStatus ? null
                        : response.statusCode() + " " + (body.length() > 200 ? body.substring(0, 200) : body);
            } catch (IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e.toString();
            }
        });
    }

    /**
     * {@code clients} threads calling {@code call} with the next call number, each as soon as its last call
     * returned, for {@code duration}; a call answers null when it went well, or what went wrong.
     */
    static Result closedLoop(int clients, Duration duration, IntFunction<String> call) throws Exception {
        int seconds = (int) duration.toSeconds();
        AtomicLongArray answered = new AtomicLongArray(seconds + 1);
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<List<Double>> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    List<Double> mine = new ArrayList<>();
                    latencies.add(mine);
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        String error;
                        try {
                            error = call.apply((int) sequence.incrementAndGet());
                        } catch (RuntimeException e) {
                            error = e.toString();
                        }
                        long done = System.nanoTime();
                        if (done >= end) {
                            break; // answered after the time was up: not counted
                        }
                        mine.add((done - t) / 1e6);
                        answered.incrementAndGet((int) ((done - start) / 1_000_000_000L));
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Double> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        List<Double> perSecond = new ArrayList<>();
        // The first second warms connections up and is left out; so is the last, partial one.
        for (int s = 1; s < seconds; s++) {
            perSecond.add((double) answered.get(s));
        }
        return new Result(all, perSecond, all.size(), errors.get(), firstError.get());
    }
}
