package io.fruition.drills;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fruition.support.Http;

/**
 * The packaged application as an operator runs it: {@code java -jar target/fruition-*.jar} in the project's folder,
 * as a process of its own that a drill can kill (-9) and start again.
 */
final class RunningJar {

    private final List<String> settings;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    RunningJar(String name, List<String> settings, Map<String, String> environment) throws IOException {
        this.settings = settings;
        this.environment = environment;
        this.port = freePort();
        this.log = Path.of("target", "drills", name + ".log");
        Files.createDirectories(log.getParent());
    }

    Http http() {
        return new Http(port);
    }

    int port() {
        return port;
    }

    /** Starts the jar and waits until it is healthy (and, on a first start, its demo is loaded). */
    Duration start(Duration limit) throws Exception {
        Instant began = Instant.now();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-jar", jar().toString(),
                "--server.port=" + port));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        Process started = process;
        // A drill that fails half-way leaves no application running behind it.
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        Instant giveUp = began.plus(limit);
        while (!healthy()) {
            if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("The application did not come up; see " + log);
            }
            Thread.sleep(500);
        }
        return Duration.between(began, Instant.now());
    }

    private boolean healthy() {
        try {
            return http().get(null, "/actuator/health").status() == 200
                    && http().get("admin", "/api/admin/partnerships").status() == 200;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop (SIGTERM): the application closes its connections and files. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("fruition-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Package first: ./mvnw -Pdrills verify does"));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
