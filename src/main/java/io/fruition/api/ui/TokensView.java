package io.fruition.api.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.fruition.base.ui.Problems;
import io.fruition.base.ui.SecretOnce;
import io.fruition.security.ApiToken;
import io.fruition.security.ApiTokens;
import io.fruition.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * A member's personal API tokens: make one for a system that acts as them (shown once), see when each was last used
 * and from where, revoke one. Everybody signed in has their own; nobody sees another's here.
 */
@Route("tokens")
@PageTitle("API tokens · Fruition")
@PermitAll
public class TokensView extends VerticalLayout {

    static final int DEFAULT_DAYS = 90;

    private final String username;
    private final ApiTokens tokens;

    final TextField name = new TextField("What uses it");
    final DatePicker expires = new DatePicker("Expires on");
    final Button make = new Button("Make a token");
    final Problems problems = new Problems("token-problems");
    final SecretOnce secret = new SecretOnce("token-secret");
    final TokenGrid grid;
    final Paragraph empty = new Paragraph("You have no tokens yet. Make one above for each system that uses the API "
            + "as you, so that you can revoke each on its own.");

    public TokensView(CurrentUser currentUser, ApiTokens tokens, Clock clock) {
        this.username = currentUser.require();
        this.tokens = tokens;
        this.grid = new TokenGrid("tokens-grid", clock, false, this::revoke);
        setId("tokens");
        setMaxWidth("72em");

        Paragraph intro = new Paragraph("A token lets another system (a service desk, a script, a chat bot) use "
                + "Fruition's API as you, with your rights as they are at each request. Send it as "
                + "\"Authorization: Bearer fru_…\" to /api and /engine-rest. Keep it like a password.");
        Anchor contract = new Anchor("/api/openapi", "The API's description (OpenAPI)");
        contract.setRouterIgnore(true);

        name.setId("token-name");
        name.setMaxLength(100);
        name.setPlaceholder("e.g. Service desk");
        name.setWidth("20em");
        name.setRequiredIndicatorVisible(true);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        expires.setId("token-expires");
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(366));
        expires.setValue(today.plusDays(DEFAULT_DAYS));
        expires.setHelperText("At most a year from today.");
        make.setId("token-make");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickShortcut(Key.ENTER);
        make.addClickListener(e -> make());
        problems.fields(Map.of("name", name, "expiresOn", expires));
        HorizontalLayout form = new HorizontalLayout(name, expires, make);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        empty.addClassName("empty-state");
        empty.setId("tokens-empty");

        add(new H2("API tokens"), intro, contract, new H3("Make a token"), form, problems, secret,
                new H3("Your tokens"), grid, empty);
        refresh();
    }

    private void make() {
        String label = name.getValue() == null ? "" : name.getValue().strip();
        ApiTokens.Created[] made = new ApiTokens.Created[1];
        if (problems.attempt(() -> made[0] = tokens.create(username, label, expires.getValue()))) {
            secret.show("Your token for " + made[0].token().name(), made[0].secret());
            name.clear();
            refresh();
        }
    }

    private void revoke(ApiToken token) {
        if (problems.attempt(() -> tokens.revoke(username, token.id()))) {
            Problems.saved("Token " + token.name() + " revoked.");
            refresh();
        }
    }

    void refresh() {
        List<ApiToken> mine = tokens.of(username);
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }
}
