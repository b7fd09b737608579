package io.fruition.ui;

import jakarta.annotation.security.PermitAll;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

import io.fruition.shared.Outages;

/** What a user sees when something goes wrong: a plain explanation and a way on, never a stack trace. */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("error-view");
        if (Outages.databaseUnavailable(parameter.getException())) {
            LOG.warn("The database is not reachable: {} waits for it", event.getLocation().getPath());
            add(new H2("Fruition is catching its breath"));
            Paragraph wait = new Paragraph("Fruition cannot reach its database just now. Nothing was saved half-way. "
                    + "Please try again in a minute.");
            wait.setId("database-unavailable");
            add(wait, new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again"));
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        add(new H2("Something went wrong"));
        add(new Paragraph("Fruition could not show this page. Nothing you entered was lost; please try again, "
                + "and tell your administrator if it keeps happening."));
        add(new Anchor("", "Back to the dashboard"));
        LOG.error("Unexpected error on {}", event.getLocation().getPath(), parameter.getException());
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    /** Unknown addresses get their own, friendlier message. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class NotFound extends VerticalLayout implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            removeAll();
            addClassName("error-view");
            add(new H2("Page not found"));
            add(new Paragraph("There is nothing at /" + event.getLocation().getPath()
                    + ". It may have moved, or the link may be mistyped."));
            add(new Anchor("", "Back to the dashboard"));
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }

    /** A page the user's role does not open, such as /admin for a member: said plainly, with status 403. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class NotAllowed extends VerticalLayout
            implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<AccessDeniedException> parameter) {
            removeAll();
            addClassName("error-view");
            setId("not-allowed");
            add(new H2("Not allowed"));
            add(new Paragraph("/" + event.getLocation().getPath() + " is for administrators only. If you need a "
                    + "partnership, member or campaign set up, ask your Fruition administrator."));
            add(new Anchor("", "Back to the dashboard"));
            return HttpStatusCode.FORBIDDEN.getCode();
        }
    }
}
