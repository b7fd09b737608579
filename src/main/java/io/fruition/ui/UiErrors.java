package io.fruition.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.fruition.shared.Outages;

/**
 * What a click that fails says (pages that fail to open have {@link ErrorView}): plain words and what to do, never
 * Vaadin's internal-error box or a stack trace. The details go to the log.
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrors::handle));
    }

    static void handle(ErrorEvent error) {
        Throwable thrown = error.getThrowable();
        String message;
        if (Outages.databaseUnavailable(thrown)) {
            LOG.warn("The database is not reachable: {}", thrown.toString());
            message = "Fruition cannot reach its database just now, so nothing was saved. Please try again in a minute.";
        } else {
            LOG.error("Unexpected error in the UI", thrown);
            message = "Something went wrong and nothing was saved. Please try again; it has been logged.";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification shown = Notification.show(message, 8000, Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
