package io.fruition.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.sidenav.SideNavItem;

import io.fruition.security.ApiToken;
import io.fruition.security.ApiTokens;
import io.fruition.support.Http;
import io.fruition.support.KaribuTest;

/**
 * The API tokens page: a member makes a token, sees it once, uses it, sees its last use, revokes it; an empty page
 * says what to do; a bad name or expiry is told on its field; an administrator's are in AdminViewTest.
 */
class TokensViewTest extends KaribuTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;

    @Test
    void a_member_makes_a_token_sees_it_once_uses_it_and_revokes_it() {
        String user = "steve";
        tokens.of(user).stream().filter(t -> t.revokedAt() == null).forEach(t -> tokens.revoke(user, t.id()));
        login(user);
        UI.getCurrent().navigate(TokensView.class);
        TokensView view = _get(TokensView.class);
        assertThat(view.expires.getValue()).isEqualTo(LocalDate.now().plusDays(TokensView.DEFAULT_DAYS));

        String name = "Service desk " + System.nanoTime();
        view.name.setValue(name);
        _click(view.make);

        assertThat(view.secret.isVisible()).isTrue();
        String secret = view.secret.secret();
        assertThat(secret).startsWith("fru_");
        assertThat(view.name.getValue()).isEmpty();
        int row = row(view, name);
        assertThat(GridKt._getFormattedRow(view.grid, row)).contains("Never");
        assertThat(GridKt._get(view.grid, row).state(Instant.now())).isEqualTo("Active");

        Http.Response used = new Http(port).send(null, "GET", "/api/ideas", Map.of("Authorization", "Bearer " + secret),
                null);
        assertThat(used.status()).isEqualTo(200);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(TokensView.class);
        view = _get(TokensView.class);
        assertThat(view.secret.isVisible()).as("shown once: not after leaving the page").isFalse();
        assertThat(GridKt._getFormattedRow(view.grid, row(view, name))).doesNotContain("Never")
                .anyMatch(cell -> cell.endsWith(" from 127.0.0.1"));

        _click((Button) GridKt._getCellComponent(view.grid, row(view, name), "revoke"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(GridKt._get(view.grid, row(view, name)).state(Instant.now())).isEqualTo("Revoked");
        assertThat(new Http(port).send(null, "GET", "/api/ideas", Map.of("Authorization", "Bearer " + secret), null)
                .status()).isEqualTo(401);
    }

    @Test
    void a_nameless_token_is_refused_on_its_field_and_nothing_is_made() {
        login("carl");
        UI.getCurrent().navigate(TokensView.class);
        TokensView view = _get(TokensView.class);
        int before = tokens.of("carl").size();

        view.name.setValue("   ");
        _click(view.make);

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).contains("name");
        assertThat(view.secret.isVisible()).isFalse();
        assertThat(tokens.of("carl")).hasSize(before);
    }

    @Test
    void with_no_tokens_the_page_says_what_to_do() {
        login("cathy");
        UI.getCurrent().navigate(TokensView.class);
        TokensView view = _get(TokensView.class);

        assertThat(tokens.of("cathy")).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("Make one above");
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    void every_member_finds_the_page_in_the_navigation() {
        login("pat");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("API tokens").doesNotContain("Webhooks");
    }

    private static int row(TokensView view, String name) {
        List<ApiToken> rows = GridKt._findAll(view.grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed");
    }
}
