package io.fruition.shared;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose (small, textual) body a filter has read to look at, handed on so that whatever comes next reads
 * it whole, as a stream, as a reader or, for a form, as parameters: Spring Security's sign-in reads parameters,
 * Camunda's sign-in and the REST API read the stream.
 */
public final class BufferedRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private Map<String, String[]> parameters;

    private BufferedRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its body read, or null when the body is larger than {@code maxBytes}. */
    public static BufferedRequest of(HttpServletRequest request, int maxBytes) throws IOException {
        if (request instanceof BufferedRequest buffered) {
            return buffered.body.length > maxBytes ? null : buffered;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        return body.length > maxBytes ? null : new BufferedRequest(request, body);
    }

    public byte[] body() {
        return body.clone();
    }

    public boolean isForm() {
        String type = getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** A field of a form body (not of the query), or null. */
    public String formField(String name) {
        String[] values = formFields().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private Map<String, String[]> formFields() {
        Map<String, String[]> fields = new LinkedHashMap<>();
        if (!isForm()) {
            return fields;
        }
        Charset charset = charset(getCharacterEncoding());
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
                String[] before = fields.get(name);
                String[] values = before == null ? new String[1] : Arrays.copyOf(before, before.length + 1);
                values[values.length - 1] = value;
                fields.put(name, values);
            } catch (IllegalArgumentException malformed) {
                // As the container does: a malformed pair is skipped.
            }
        }
        return fields;
    }

    /** The query's parameters (the container's) followed by the form body's (read here, since the body is). */
    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
            formFields().forEach((name, values) -> all.merge(name, values, (query, form) -> {
                String[] both = Arrays.copyOf(query, query.length + form.length);
                System.arraycopy(form, 0, both, query.length, form.length);
                return both;
            }));
            parameters = Collections.unmodifiableMap(all);
        }
        return parameters;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("The body has been read already; read it synchronously.");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    private static Charset charset(String encoding) {
        try {
            return encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
