package io.fruition.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import io.fruition.shared.SignInHints;
import io.fruition.shared.StartupNotices;
import io.fruition.support.KaribuTest;
import io.fruition.ui.DashboardView;

class LoginViewTest extends KaribuTest {

    @Autowired
    StartupNotices notices;

    @Test
    void while_the_demo_loads_the_sign_in_page_says_so_and_not_after() {
        assertThat(notices.current()).as("the demo of this test context has loaded").isEmpty();
        notices.show("demo", "The demo is still loading.");
        try {
            UI.getCurrent().navigate("login");
            assertThat(_get(Paragraph.class, spec -> spec.withId("startup-notice")).getText())
                    .isEqualTo("The demo is still loading.");
        } finally {
            notices.clear("demo");
        }
        UI.getCurrent().navigate("login", QueryParameters.of("again", ""));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class,
                spec -> spec.withId("startup-notice"))).isEmpty();
    }

    @Autowired
    SignInHints hints;

    @Test
    void in_the_demo_the_sign_in_page_lists_the_demo_users_and_their_roles_and_without_a_demo_nothing() {
        UI.getCurrent().navigate("login");
        String shown = _get(Div.class, spec -> spec.withId("sign-in-hints")).getElement()
                .getTextRecursively();
        assertThat(shown).contains("Demo users (the password is the user name)")
                .contains("nora — Nora Nordqvist: NG customer innovation lead")
                .contains("admin — Ada Admin: administrator");

        List<String> demo = hints.current();
        hints.offer(List.of());
        try {
            UI.getCurrent().navigate("login", QueryParameters.of("again", ""));
            assertThat(_get(Div.class, spec -> spec.withId("sign-in-hints"))
                    .getChildren()).as("production offers no hints").isEmpty();
        } finally {
            hints.offer(demo);
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_sign_in_form() {
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void a_failed_sign_in_shows_what_went_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).i18n.getErrorMessage().getTitle()).isEqualTo("Wrong user name or password");
    }

    @Test
    void a_signed_in_member_reaches_the_dashboard() {
        login("nora");

        UI.getCurrent().navigate(DashboardView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .as("not sent back to the sign-in form").isInstanceOf(DashboardView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Welcome, Nora");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(LoginForm.class)).isEmpty();
    }
}
