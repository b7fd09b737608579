package io.fruition.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The packaged application as an operator runs it: {@code java -jar target/fruition-*.jar} in the project's folder,
 * as a process of its own that a drill can kill (-9) and start again.
 */
public final class RunningJar {

    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");

    /**
     * The JVM options the README's Production section gives: the serial collector and a 512 MB heap suit a node of
     * two cores, smaller thread stacks and code cache keep the footprint down.
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms128m", "-Xmx512m", "-Xss512k",
            "-XX:ReservedCodeCacheSize=96m");

    /**
     * The environment the README's Production section gives: glibc's malloc keeps an arena per thread that touches
     * it (up to eight per core), memory the heap limit does not bound; two arenas are enough for a JVM whose own
     * heap does the allocating.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private final List<String> settings;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Path launch;
    private Path classArchive;
    private Process process;

    public RunningJar(String name, List<String> settings, Map<String, String> environment) throws IOException {
        this.settings = settings;
        this.environment = environment;
        this.port = freePort();
        this.log = Path.of("target", "drills", name + ".log");
        Files.createDirectories(log.getParent());
    }

    public Http http() {
        return new Http(port);
    }

    public Path log() {
        return log;
    }

    public int port() {
        return port;
    }

    /**
     * Starts the application as the README's Production section deploys it with class data sharing: from the jar
     * extracted by Spring Boot's tools, with the archive of the classes a start loads ({@link #classDataSharing}).
     */
    public RunningJar withClassDataSharing(ClassData prepared) {
        this.launch = prepared.jar();
        this.classArchive = prepared.archive();
        return this;
    }

    /** The extracted jar and its class archive. */
    public record ClassData(Path jar, Path archive) {
    }

    /**
     * Extracts the packaged jar ({@code java -Djarmode=tools -jar … extract}) and makes the archive of the classes a
     * start loads with a training run that stops once the context is refreshed, on a database of its own in memory:
     * the steps an installation takes once (README, Production).
     */
    public static ClassData classDataSharing() throws Exception {
        Path folder = Path.of("target", "cds").toAbsolutePath();
        Path app = folder.resolve("app");
        Path archive = folder.resolve("fruition.jsa");
        Files.createDirectories(folder);
        run(folder, List.of(javaBinary(), "-Djarmode=tools", "-jar", jar().toAbsolutePath().toString(), "extract",
                "--force", "--destination", app.toString()));
        Path extracted;
        try (var files = Files.list(app)) {
            extracted = files.filter(f -> f.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        List<String> training = new ArrayList<>();
        training.add(javaBinary());
        training.addAll(JVM_OPTIONS);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                extracted.toString(), "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:cds-training",
                "--fruition.demo.enabled=false"));
        run(folder, training);
        return new ClassData(extracted, archive);
    }

    private static void run(Path folder, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("cds.log").toFile()));
        builder.environment().putAll(ENVIRONMENT);
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + " (see target/cds/cds.log)");
        }
    }

    /** Starts the jar and waits until it is healthy (and, on a first start, its demo is loaded). */
    public Duration start(Duration limit) throws Exception {
        Instant began = Instant.now();
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(JVM_OPTIONS);
        if (classArchive != null) {
            command.add("-XX:SharedArchiveFile=" + classArchive);
        }
        command.addAll(List.of("-jar", (launch == null ? jar() : launch).toString(), "--server.port=" + port));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(ENVIRONMENT);
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

    /** The operating system's process id of the running jar. */
    public long pid() {
        return process.pid();
    }

    /** Resident memory of the running jar (VmRSS), in megabytes. */
    public double residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("No VmRSS for process " + process.pid());
    }

    /** The seconds Spring Boot reported for the last start ("Started FruitionApplication in 17.9 seconds"). */
    public double startedSeconds() throws IOException {
        Matcher last = null;
        for (String line : Files.readAllLines(log)) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                last = m;
            }
        }
        if (last == null) {
            throw new IllegalStateException("No start reported in " + log);
        }
        return Double.parseDouble(last.group(1));
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop (SIGTERM): the application closes its connections and files. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The default profile's H2 URL (application.yaml), with its folder moved to {@code folder}: the same settings. */
    public static String defaultH2Url(Path folder) throws IOException {
        Object url = new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yaml")).get(0)
                .getProperty("spring.datasource.url");
        if (url == null || !url.toString().startsWith("jdbc:h2:file:./data/")) {
            throw new IllegalStateException("The default profile's database is no longer H2 under ./data: " + url);
        }
        return url.toString().replace("./data/", folder.toAbsolutePath() + "/");
    }

    public static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("fruition-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Package first: ./mvnw -Pdrills verify does"));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
