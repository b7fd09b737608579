package io.fruition.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import io.fruition.support.Http;
import io.fruition.support.RunningJar;

/**
 * The README's backup and restore commands, run as an operator would (./mvnw -Pdrills verify): on the default H2
 * database, a copy of the data folder taken while Fruition is stopped; on PostgreSQL (Debian's PostgreSQL 15
 * server and its pg_dump, as an operator's machine has them), a pg_dump taken while Fruition runs and restored
 * with pg_restore into an empty database. In both, what was there at the backup is there after the restore, with
 * its process, and what came later is not; the restored Fruition takes new ideas.
 */
class BackupDrill {

    private static final Path PG = Path.of("/usr/lib/postgresql/15/bin");
    private static final Duration START = Duration.ofMinutes(4);

    @Test
    void h2_a_copy_of_the_data_folder_restores_everything_it_held() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "drills", "backup-h2-" + System.currentTimeMillis())
                .toAbsolutePath());
        Path data = folder.resolve("data");
        RunningJar app = new RunningJar("backup-h2", List.of(
                "--spring.datasource.url=" + RunningJar.defaultH2Url(data),
                "--fruition.attachments.directory=" + data.resolve("attachments")), Map.of());
        app.start(START);
        List<String> backedUp = submit(app.http(), 5);
        app.stop();
        run(folder, "tar", "czf", "fruition-backup.tgz", "data");            // the backup
        app.start(START);
        List<String> later = submit(app.http(), 1);
        app.stop();
        FileSystemUtils.deleteRecursively(data);
        run(folder, "tar", "xzf", "fruition-backup.tgz");                     // the restore
        app.start(START);
        check(app.http(), backedUp, later);
        app.stop();
    }

    @Test
    void postgresql_a_dump_taken_while_running_restores_into_an_empty_database() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PG.resolve("initdb")), "Debian's postgresql-15 is not installed");
        Path cluster = Files.createTempDirectory("fruition-backup-pg");
        int port = RunningJar.freePort();
        String[] connection = {"-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres"};
        asPostgres(cluster, PG.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(), "-A", "trust",
                "-U", "postgres");
        asPostgres(cluster, PG.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-w", "-l",
                cluster.resolve("server.log").toString(), "-o", "-p " + port + " -k " + cluster
                        + " -c listen_addresses=127.0.0.1", "start");
        try {
            Path folder = Files.createDirectories(Path.of("target", "drills").toAbsolutePath());
            Path dump = folder.resolve("fruition-" + System.currentTimeMillis() + ".dump");
            run(folder, with(PG.resolve("createdb").toString(), connection, "fruition"));
            RunningJar app = new RunningJar("backup-postgres", List.of("--spring.profiles.active=postgres",
                    "--fruition.attachments.directory=target/drills/backup-pg-attachments"), Map.of(
                    "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + port + "/fruition",
                    "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", ""));
            app.start(START);
            List<String> backedUp = submit(app.http(), 5);
            run(folder, with(PG.resolve("pg_dump").toString(), connection, "-Fc", "-f", dump.toString(), "fruition"));
            List<String> later = submit(app.http(), 1);
            app.stop();
            run(folder, with(PG.resolve("dropdb").toString(), connection, "fruition"));
            run(folder, with(PG.resolve("createdb").toString(), connection, "fruition"));
            run(folder, with(PG.resolve("pg_restore").toString(), connection, "--no-owner", "-d", "fruition",
                    dump.toString()));
            app.start(START);
            check(app.http(), backedUp, later);
            app.stop();
        } finally {
            asPostgres(cluster, PG.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-w",
                    "-m", "fast", "stop");
        }
    }

    private static List<String> submit(Http http, int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Http.Response created = http.post("pat", "/api/ideas", Http.json(Map.of("partnership", "NG",
                    "title", "Backed up " + System.nanoTime(), "problem", "A disk fails.", "proposal", "Restore it.")));
            assertThat(created.status()).isEqualTo(201);
            numbers.add(created.json().path("number").asText());
        }
        return numbers;
    }

    /** The backed-up ideas are there with their screening waiting; the later one is not; new ideas are taken. */
    private static void check(Http http, List<String> backedUp, List<String> later) {
        for (String number : backedUp) {
            assertThat(http.get("pat", "/api/ideas/" + number).status()).as(number + " restored").isEqualTo(200);
            assertThat(http.get("nora", "/engine-rest/task?processInstanceBusinessKey=" + number).json())
                    .as(number + "'s screening waits").hasSize(1);
        }
        for (String number : later) {
            assertThat(http.get("pat", "/api/ideas/" + number).status()).as(number + " came after the backup")
                    .isEqualTo(404);
        }
        assertThat(submit(http, 1)).hasSize(1);
    }

    private static String[] with(String command, String[] connection, String... arguments) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(connection));
        all.addAll(List.of(arguments));
        return all.toArray(String[]::new);
    }

    /** The server's own commands refuse to run as root: as root, they run as the postgres user. */
    private static void asPostgres(Path cluster, String... command) throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            run(cluster, "chown", "-R", "postgres", cluster.toString());
            List<String> asUser = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
            asUser.addAll(List.of(command));
            run(cluster, asUser.toArray(String[]::new));
        } else {
            run(cluster, command);
        }
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Path log = Path.of("target", "drills", "backup-commands.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + " (see " + log + ")").isZero();
    }
}
