package io.fruition.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A signed-in session of Camunda's webapps (Tasklist, Cockpit, Admin), as their pages hold it: the session and
 * CSRF cookies from the first page, the CSRF token in a header, the sign-in form, then calls to the webapps' APIs
 * under /camunda/api.
 */
public final class Webapps {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> cookies = new ArrayList<>();
    private String csrf;
    private Http.Response lastSignIn;

    private Webapps(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Opens the app's page and signs in there; {@code status()} of the result says whether Camunda let them in. */
    public static Webapps signIn(int port, String app, String user, String password) {
        Webapps session = new Webapps(port);
        session.open("/camunda/app/" + app + "/default/");
        session.lastSignIn = session.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded", Http.encode(Map.of("username", user, "password", password)));
        if (session.signedIn()) {
            // Signing in renews the CSRF token; the webapps read the new one with their first call, as here.
            session.get("/camunda/api/admin/auth/user/default");
        }
        return session;
    }

    public Http.Response signInAnswer() {
        return lastSignIn;
    }

    public boolean signedIn() {
        return lastSignIn.status() == 200;
    }

    public Http.Response get(String path) {
        return send("GET", path, null, null);
    }

    public Http.Response post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    private void open(String path) {
        send("GET", path, null, null);
    }

    private Http.Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        request.header("Accept", "application/json, text/plain, */*");
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrf = token);
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
                String name = pair.substring(0, pair.indexOf('='));
                cookies.removeIf(c -> c.startsWith(name + "="));
                cookies.add(pair);
            }
            return new Http.Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new AssertionError("The request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
