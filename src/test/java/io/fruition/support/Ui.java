package io.fruition.support;

import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

/**
 * One Vaadin UI in the real Spring context without a browser (Karibu-Testing), for tests that open routes as
 * many people in turn: {@link #as} signs the user in the way Spring Security would (or nobody, for null), runs
 * the work and tears the UI down again. {@link KaribuTest} does the same once per test method.
 */
public final class Ui {

    static final Routes ROUTES = new Routes().autoDiscoverViews("io.fruition");

    private Ui() {
    }

    public static <T> T as(ApplicationContext context, String username, Supplier<T> work) {
        return as(context, username == null ? null : context.getBean(UserDetailsService.class).loadUserByUsername(username),
                work);
    }

    /** As a user whose details were read before (while the database was there, for an outage test). */
    public static <T> T as(ApplicationContext context, UserDetails user, Supplier<T> work) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        try {
            if (user != null) {
                login(user);
            }
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
            MockVaadin.tearDown();
        }
    }

    static void login(UserDetailsService users, String username) {
        login(users.loadUserByUsername(username));
    }

    private static void login(UserDetails user) {
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
