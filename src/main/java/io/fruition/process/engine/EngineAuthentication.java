package io.fruition.process.engine;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import io.fruition.security.ApiTokenFilter;
import io.fruition.security.ApiTokens;
import io.fruition.security.UserAccount;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The engine's REST API takes the same credentials as the JSON API: HTTP Basic with a Fruition account, or a
 * personal API token ({@code Authorization: Bearer fru_…}) acting as its owner. Either way the engine's filter then
 * gives the caller their groups and partnerships, so every query and command is held to their rights.
 */
final class EngineAuthentication extends HttpBasicAuthenticationProvider {

    private final ApiTokens tokens;

    EngineAuthentication(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Optional<String> token = ApiTokenFilter.bearer(request);
        if (token.isEmpty()) {
            return super.extractAuthenticatedUser(request, engine);
        }
        return tokens.authenticate(token.get(), request.getRemoteAddr()).map(UserAccount::getUsername)
                .map(AuthenticationResult::successful).orElseGet(AuthenticationResult::unsuccessful);
    }

    /** Camunda's filter, with this provider instead of one it would make by reflection. */
    static final class Filter extends ProcessEngineAuthenticationFilter {
        private final EngineAuthentication provider;

        Filter(EngineAuthentication provider) {
            this.provider = provider;
        }

        @Override
        public void init(FilterConfig config) throws ServletException {
            super.init(config);
            authenticationProvider = provider;
        }
    }
}
