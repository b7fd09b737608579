package io.fruition.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.fruition.support.TestPostgres;

/**
 * The reverse-proxy example of the README (docs/haproxy/fruition.cfg) in front of two nodes: a member signed in
 * through it stays on their node for every request; without HAProxy's cookie the same member would land on the
 * other node half the time and be asked to sign in; and when their node stops, they are sent to the other one,
 * where they sign in again. Needs Debian's haproxy (CI installs it; elsewhere the test is skipped with a note).
 */
class StickySessionsPostgresIT {

    private static final Path CONFIG = Path.of("docs", "haproxy", "fruition.cfg");
    private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private static Process haproxy;
    private static int proxyPort;

    @BeforeAll
    static void twoNodesBehindTheProxy() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/sbin/haproxy"));
        String hint = "Install Debian's haproxy to run it (apt-get install haproxy).";
        if (!installed && System.getenv("CI") != null) {
            Assertions.fail("CI must run the reverse-proxy test. " + hint);
        }
        Assumptions.assumeTrue(installed, "Skipping the reverse-proxy test. " + hint);

        nodes.addAll(ClusterNodes.startTogether(TestPostgres.shared().createDatabase("sticky"), true, Map.of()));
        try (ServerSocket socket = new ServerSocket(0)) {
            proxyPort = socket.getLocalPort();
        }
        String config = Files.readString(CONFIG)
                .replace("bind :8080", "bind 127.0.0.1:" + proxyPort)
                .replace("127.0.0.1:8081", "127.0.0.1:" + ClusterNodes.port(nodes.get(0)))
                .replace("127.0.0.1:8082", "127.0.0.1:" + ClusterNodes.port(nodes.get(1)));
        Path tested = Files.createDirectories(Path.of("target", "haproxy")).resolve("fruition.cfg");
        Files.writeString(tested, config);
        haproxy = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", tested.toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "haproxy", "haproxy.log").toFile()).start();
        Instant giveUp = Instant.now().plusSeconds(30);
        while (new Member().get("/login").statusCode() != 200) {
            assertThat(Instant.now()).as("HAProxy answers").isBefore(giveUp);
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stop() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void a_member_stays_on_their_node_and_signs_in_again_on_the_other_when_it_stops() throws Exception {
        Member nora = new Member();
        nora.signIn("nora");
        String node = nora.cookie("FRUITION_NODE");
        assertThat(node).isIn("a", "b");
        for (int i = 0; i < 20; i++) {
            assertThat(nora.get("/").statusCode()).as("request " + i + " on nora's node, signed in").isEqualTo(200);
        }

        // The same kind of session without HAProxy's cookie: round robin sends every other request to the node that
        // has no such session. (Sent by hand, so that a new session cookie from that node replaces nothing.)
        Member sam = new Member();
        sam.signIn("sam");
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(plain.send(HttpRequest.newBuilder(Member.uri("/")).header("Cookie", "JSESSIONID="
                    + sam.cookie("JSESSIONID")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertThat(answers).as("without stickiness the other node asks for a sign-in").contains(200, 302);

        // Nora's node stops: HAProxy sends her to the other node, where her session does not exist.
        nodes.get(node.equals("a") ? 0 : 1).close();
        Instant giveUp = Instant.now().plusSeconds(30);
        HttpResponse<String> after = nora.get("/");
        while (after.statusCode() != 302 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            after = nora.get("/");
        }
        assertThat(after.statusCode()).as("asked to sign in on the other node").isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        nora.signIn("nora");
        assertThat(nora.cookie("FRUITION_NODE")).isNotEqualTo(node);
        assertThat(nora.get("/").statusCode()).isEqualTo(200);
    }

    /** A browser of one member: cookies kept, redirects not followed. */
    private static final class Member {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            try {
                return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                return new Unanswered(notYet);
            }
        }

        void signIn(String user) throws IOException, InterruptedException {
            assertThat(get("/login").statusCode()).isEqualTo(200);
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        private static URI uri(String path) {
            return URI.create("http://127.0.0.1:" + proxyPort + path);
        }
    }

    /** No answer yet (HAProxy still starting): counted as a status of 0. */
    private record Unanswered(IOException reason) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return 0;
        }

        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        @Override
        public String body() {
            return "";
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return null;
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
