package io.fruition.admin.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.fruition.api.ui.TokenGrid;
import io.fruition.base.ui.Problems;
import io.fruition.security.ApiToken;
import io.fruition.security.ApiTokens;

/** Every member's API tokens, for an administrator to see who uses the API and to revoke a token at once. */
class TokensTab extends VerticalLayout {

    private final String actor;
    private final ApiTokens tokens;

    final TokenGrid grid;
    final Problems problems = new Problems("admin-token-problems");
    final Paragraph empty = new Paragraph("Nobody has made an API token yet.");

    TokensTab(String actor, ApiTokens tokens, Clock clock) {
        this.actor = actor;
        this.tokens = tokens;
        this.grid = new TokenGrid("admin-tokens-grid", clock, true, this::revoke);
        setPadding(false);
        empty.addClassName("empty-state");
        add(new H3("API tokens"), new Paragraph("Every member's personal API tokens. Revoking one refuses it from its "
                + "next request on; the member is not asked."), problems, grid, empty);
    }

    private void revoke(ApiToken token) {
        if (problems.attempt(() -> tokens.revoke(actor, token.id()))) {
            Problems.saved("Token revoked.");
            refresh();
        }
    }

    void refresh() {
        List<ApiToken> all = tokens.all(actor);
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }
}
