package io.fruition.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests to the running application as another program would make them: HTTP Basic as a demo user (whose
 * password is their user name) or anonymous ({@code null}), JSON, forms and multipart bodies, no redirects
 * followed.
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String body, Map<String, List<String>> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    public Response get(String user, String path) {
        return send(request(user, path, Map.of()).GET());
    }

    public Response delete(String user, String path) {
        return send(request(user, path, Map.of()).DELETE());
    }

    public Response post(String user, String path, String json) {
        return send(request(user, path, Map.of("Content-Type", "application/json"))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String user, String path, String json) {
        return send(request(user, path, Map.of("Content-Type", "application/json"))
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request with any method, headers and body, for the requests a careful client would never send. */
    public Response send(String user, String method, String path, Map<String, String> headers, byte[] body) {
        return send(request(user, path, headers).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response form(String user, String path, Map<String, String> fields, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        return send(request(user, path, all).POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** multipart/form-data with text fields and one file per name (the name is also its file name). */
    public Response multipart(String user, String path, Map<String, String> fields, Map<String, byte[]> files) {
        Map<String, Map.Entry<String, byte[]>> named = new LinkedHashMap<>();
        files.forEach((name, content) -> named.put(name, Map.entry(name, content)));
        return multipartFiles(user, path, fields, named);
    }

    /** multipart/form-data with one file in the part named, under its own file name. */
    public Response upload(String user, String path, String part, String fileName, byte[] content) {
        return multipartFiles(user, path, Map.of(), Map.of(part, Map.entry(fileName, content)));
    }

    private Response multipartFiles(String user, String path, Map<String, String> fields,
            Map<String, Map.Entry<String, byte[]>> files) {
        String boundary = "----fruition" + UUID.randomUUID();
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(head);
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(user, path, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new AssertionError("The request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
