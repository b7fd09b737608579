package io.fruition.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import kotlin.jvm.functions.Function0;

/**
 * Vaadin views in the real Spring context without a browser (Karibu-Testing). {@link #login(String)} signs a
 * demo user in the way Spring Security would, so route access rules apply as in production.
 */
@FruitionSpringTest
public abstract class KaribuTest {

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private UserDetailsService users;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(Ui.ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    protected void login(String username) {
        Ui.login(users, username);
    }
}
