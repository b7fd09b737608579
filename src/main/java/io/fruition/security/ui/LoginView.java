package io.fruition.security.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import io.fruition.shared.SignInHints;
import io.fruition.shared.StartupNotices;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Fruition")
@AnonymousAllowed
@StyleSheet("context://styles/fruition.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    private final Div startupNotices = new Div();
    private final StartupNotices notices;
    final LoginI18n i18n = LoginI18n.createDefault();

    private final SignInHints hints;
    private final Div hintsBox = new Div();

    public LoginView(StartupNotices notices, SignInHints hints) {
        this.hints = hints;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Fruition");
        brand.addClassName("brand");
        Paragraph tagline = new Paragraph("Ideas from both sides of the partnership, tracked to the value they deliver.");
        tagline.addClassName("tagline");

        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Wrong user name or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Passwords are case-sensitive.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        this.notices = notices;
        startupNotices.addClassName("startup-notices");
        hintsBox.setId("sign-in-hints");
        hintsBox.addClassName("sign-in-hints");
        Div card = new Div(brand, tagline, startupNotices, form, hintsBox);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Work this node still does after starting (e.g. the demo loading), so nobody wonders where the ideas are.
        startupNotices.removeAll();
        for (String notice : notices.current()) {
            Paragraph shown = new Paragraph(notice);
            shown.setId("startup-notice");
            shown.addClassName("startup-notice");
            startupNotices.add(shown);
        }
        // In the demo only: who to sign in as (each password is the user name). Production has no hints.
        hintsBox.removeAll();
        List<String> demoUsers = hints.current();
        if (!demoUsers.isEmpty()) {
            UnorderedList list = new UnorderedList();
            demoUsers.forEach(line -> list.add(new ListItem(line)));
            hintsBox.add(new Details(
                    "Demo users (the password is the user name)", list));
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
