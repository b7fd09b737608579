package io.fruition.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver for webhooks on a free port of localhost (the JDK's HttpServer): it keeps every request it
 * gets and answers each with the next status it was told to give (204 once those run out).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String path, Map<String, List<String>> headers, String body, int answered) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status;
            synchronized (answers) {
                status = answers.isEmpty() ? 204 : answers.poll();
            }
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The address to register, with a path of its own. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests are answered with these statuses, in order. */
    public void answer(int... statuses) {
        synchronized (answers) {
            for (int status : statuses) {
                answers.add(status);
            }
        }
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits up to 20 seconds until a request at the path matches, and answers it; fails if none comes. */
    public Received awaitAt(String path, Predicate<Received> matching) throws InterruptedException {
        await(() -> receivedAt(path).stream().anyMatch(matching));
        return receivedAt(path).stream().filter(matching).findFirst().orElseThrow();
    }

    /** Waits up to 20 seconds until the condition holds (deliveries are sent after their commit, on another thread). */
    public static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within 20 seconds");
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
