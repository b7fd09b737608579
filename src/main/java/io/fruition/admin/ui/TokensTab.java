package io.fruition.admin.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.fruition.base.ui.Problems;
import io.fruition.security.ApiToken;
import io.fruition.security.ApiTokens;
import io.fruition.wording.Formats;

/** Every member's API tokens, for an administrator to see who uses the API and to revoke a token at once. */
class TokensTab extends VerticalLayout {

    private final String actor;
    private final ApiTokens tokens;
    private final Clock clock;
    private final Formats formats = Formats.forThisRequest();

    final Grid<ApiToken> grid = new Grid<>();
    final Problems problems = new Problems("admin-token-problems");
    final Paragraph empty = new Paragraph("Nobody has made an API token yet.");

    TokensTab(String actor, ApiTokens tokens, Clock clock) {
        this.actor = actor;
        this.tokens = tokens;
        this.clock = clock;
        setPadding(false);
        grid.setId("admin-tokens-grid");
        grid.addColumn(ApiToken::username).setHeader("Member").setAutoWidth(true);
        grid.addColumn(ApiToken::name).setHeader("Used by").setFlexGrow(2);
        grid.addColumn(t -> formats.date(t.createdAt())).setHeader("Made").setAutoWidth(true);
        grid.addColumn(t -> formats.date(t.expiresAt().minusSeconds(1))).setHeader("Expires on").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never"
                : formats.dateTime(t.lastUsedAt()) + " from " + t.lastUsedAddress()).setHeader("Last used")
                .setAutoWidth(true);
        grid.addColumn(t -> t.state(clock.instant()) + (t.revokedBy() == null ? "" : " by " + t.revokedBy()))
                .setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        empty.addClassName("empty-state");
        add(new H3("API tokens"), new Paragraph("Every member's personal API tokens. Revoking one refuses it from its "
                + "next request on; the member is not asked."), problems, grid, empty);
    }

    private Component revokeButton(ApiToken token) {
        if (!token.usable(clock.instant())) {
            return new Span();
        }
        Button revoke = new Button("Revoke", e -> {
            ConfirmDialog confirm = new ConfirmDialog("Revoke " + token.username() + "'s token " + token.name() + "?",
                    "Whatever uses it is refused from its next request on.", "Revoke", ok -> {
                        if (problems.attempt(() -> tokens.revoke(actor, token.id()))) {
                            Problems.saved("Token revoked.");
                            refresh();
                        }
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.setId("admin-token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return revoke;
    }

    void refresh() {
        List<ApiToken> all = tokens.all(actor);
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }
}
