package io.fruition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;

import io.fruition.base.ui.Reading;
import io.fruition.notification.NotificationView;
import io.fruition.notification.Notifications;
import io.fruition.shared.Outages;

/** The bell in the shell: the unread count, and the latest notifications with a link to their idea or task. */
class NotificationBell extends Div {

    private final String username;
    private final Notifications notifications;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final VerticalLayout list = new VerticalLayout();
    final Popover popover = new Popover();

    NotificationBell(String username, Notifications notifications) {
        this.username = username;
        this.notifications = notifications;
        addClassName("notification-bell");
        button.setId("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        popover.setTarget(button);
        popover.setWidth("26em");
        list.setId("notification-list");
        list.setPadding(true);
        list.setSpacing(false);
        popover.add(list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
        add(button, count);
        refresh();
    }

    void refresh() {
        long unread = Outages.orWhileAway(() -> notifications.unreadCount(username), 0L);
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(unread == 0 ? "Notifications" : unread + " unread notifications");
    }

    /** A page was opened (from the bell or anywhere else): the list closes instead of covering it. */
    void close() {
        popover.close();
    }

    void fill() {
        list.removeAll();
        Button all = new Button("Mark all read", e -> {
            notifications.markAllRead(username);
            refresh();
            fill();
        });
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        list.add(new H4("Notifications"), all);
        var latest = notifications.latest(username, 20);
        if (latest.isEmpty()) {
            list.add(new Span("Nothing yet: you will hear here about your ideas, ideas you support or watch, and new tasks."));
        }
        for (NotificationView n : latest) {
            Anchor link = new Anchor(n.link() == null ? "/" : n.link(), n.subject());
            link.getElement().addEventListener("click", e -> {
                notifications.markRead(username, n.id());
                popover.close();
                refresh();
            });
            Span when = new Span(Reading.formats().dateTime(n.createdAt()));
            when.addClassName("timeline-when");
            Div item = new Div(link, new Div(when));
            item.addClassName(n.read() ? "notification-read" : "notification-unread");
            list.add(item);
        }
    }
}
