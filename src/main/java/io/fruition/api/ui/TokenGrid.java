package io.fruition.api.ui;

import java.time.Clock;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import io.fruition.security.ApiToken;
import io.fruition.wording.Formats;

/**
 * API tokens as a member's page and the administration list them: what uses each, when it was made and expires,
 * its last use and from where, its state, and Revoke (after a confirmation) while it is usable.
 */
public class TokenGrid extends Grid<ApiToken> {

    /** The column holding each usable token's Revoke button. */
    public static final String REVOKE = "revoke";

    private final Clock clock;
    private final boolean owners;
    private final Consumer<ApiToken> revoke;

    /** {@code owners}: a column with each token's member (for administrators); {@code revoke}: revokes one. */
    public TokenGrid(String id, Clock clock, boolean owners, Consumer<ApiToken> revoke) {
        this.clock = clock;
        this.owners = owners;
        this.revoke = revoke;
        Formats formats = Formats.forThisRequest();
        setId(id);
        if (owners) {
            addColumn(ApiToken::username).setHeader("Member").setAutoWidth(true);
        }
        addColumn(ApiToken::name).setHeader("Used by").setFlexGrow(2);
        addColumn(t -> formats.date(t.createdAt())).setHeader("Made").setAutoWidth(true);
        // A token expires at the end of its last day.
        addColumn(t -> formats.date(t.expiresAt().minusSeconds(1))).setHeader("Expires on").setAutoWidth(true);
        addColumn(t -> t.lastUsedAt() == null ? "Never"
                : formats.dateTime(t.lastUsedAt()) + " from " + t.lastUsedAddress()).setHeader("Last used")
                .setAutoWidth(true);
        addComponentColumn(this::state).setHeader("State").setAutoWidth(true);
        addComponentColumn(this::revokeButton).setHeader("").setKey(REVOKE).setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private Component state(ApiToken token) {
        Span state = new Span(token.state(clock.instant())
                + (owners && token.revokedBy() != null ? " by " + token.revokedBy() : ""));
        state.getElement().getThemeList().add(token.usable(clock.instant()) ? "badge success" : "badge contrast");
        return state;
    }

    private Component revokeButton(ApiToken token) {
        if (!token.usable(clock.instant())) {
            return new Span();
        }
        String what = owners ? token.username() + "'s token " + token.name() : token.name();
        Button button = new Button("Revoke", e -> {
            ConfirmDialog confirm = new ConfirmDialog("Revoke " + what + "?",
                    "Whatever uses it is refused from its next request on. This cannot be undone.", "Revoke",
                    ok -> revoke.accept(token));
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        button.setId(getId().orElse("token") + "-revoke-" + token.id());
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", "Revoke " + what);
        return button;
    }
}
