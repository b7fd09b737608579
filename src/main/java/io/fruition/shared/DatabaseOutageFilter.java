package io.fruition.shared;

import java.io.IOException;

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
 * The last word on a request that failed because the database is away and that no route answered itself (a
 * sign-in on the engine's REST API checks the password before any resource runs): 503 with Retry-After and a
 * problem saying to try again, never a stack trace.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Bean
    static FilterRegistrationBean<DatabaseOutageFilter> databaseOutageRegistration(DatabaseOutageFilter filter) {
        return Filters.everywhere(filter, -103);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!Outages.databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("The database is not reachable: {} {} answered 503", request.getMethod(), request.getRequestURI());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
                    + "\"detail\":\"The database is not reachable just now; nothing was saved. Try again shortly.\"}");
        }
    }
}
