package io.fruition.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One rule on every route: text with a NUL character in it is refused (400) before anything reads it. PostgreSQL
 * cannot store NUL in text at all, so without this rule the same input would be saved on H2 and fail on PostgreSQL
 * somewhere in the middle of a request; no person types one, and no text Fruition keeps needs one. The path, the
 * query, form fields and JSON or text bodies are checked (a JSON body for NUL's escape, a backslash and u0000, as well); files
 * (multipart and other binary bodies) are not text and pass untouched. A JSON or text body larger than
 * {@link #MAX_TEXT_BODY} is refused with 413: nothing Fruition takes as JSON comes near it.
 */
@Component
class NulCharacterFilter extends OncePerRequestFilter {

    static final int MAX_TEXT_BODY = 4 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(NulCharacterFilter.class);

    @Bean
    static FilterRegistrationBean<NulCharacterFilter> nulCharacterRegistration(NulCharacterFilter filter) {
        return Filters.everywhere(filter, -104);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasNul(request.getRequestURI()) || hasNul(request.getQueryString())) {
            refuse(request, response, 400);
            return;
        }
        String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        if (!form && !type.contains("json") && !type.startsWith("text/")) {
            chain.doFilter(request, response);
            return;
        }
        BufferedRequest buffered = BufferedRequest.of(request, MAX_TEXT_BODY);
        if (buffered == null) {
            refuse(request, response, 413);
            return;
        }
        byte[] body = buffered.body();
        if (form ? hasNul(new String(body, StandardCharsets.ISO_8859_1)) : bodyHasNul(body)) {
            refuse(request, response, 400);
            return;
        }
        chain.doFilter(buffered, response);
    }

    /** A NUL as such or percent-encoded, as it arrives in a path or a query. */
    static boolean hasNul(String text) {
        return text != null && (text.indexOf('\0') >= 0 || text.contains("%00"));
    }

    /** A NUL byte, or NUL's JSON escape (a backslash and u0000) unless that backslash is itself escaped. */
    static boolean bodyHasNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\') {
                if (i + 5 < body.length && body[i + 1] == 'u' && body[i + 2] == '0' && body[i + 3] == '0'
                        && body[i + 4] == '0' && body[i + 5] == '0') {
                    return true;
                }
                i++; // whatever is escaped here is not the start of another escape
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        LOG.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(),
                status == 413 ? "text body too large" : "NUL character");
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String detail = status == 413
                ? "The request is larger than Fruition takes (" + MAX_TEXT_BODY / (1024 * 1024) + " MB of text)."
                : "The request contains a NUL character, which text in Fruition cannot hold; remove it and send again.";
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + (status == 413 ? "Request too large"
                : "Invalid input") + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
