package io.fruition.ui;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.fruition.admin.ui.AdminView;
import io.fruition.analytics.ui.PortfolioView;
import io.fruition.api.ui.TokensView;
import io.fruition.commitment.ui.CommitmentsView;
import io.fruition.notification.Notifications;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.portal.ui.IdeasView;
import io.fruition.portal.ui.SubmitIdeaView;
import io.fruition.process.task.TaskInbox;
import io.fruition.pulse.ui.PulseView;
import io.fruition.security.CurrentUser;
import io.fruition.security.UserAccount;
import io.fruition.security.UserAccounts;
import io.fruition.shared.Outages;
import io.fruition.task.ui.InboxView;
import io.fruition.webhook.Webhooks;
import io.fruition.webhook.ui.WebhooksView;

/** The shell around every signed-in page: brand, navigation, the user and their partnerships, sign-out. */
@Layout
@PermitAll
@StyleSheet("context://styles/fruition.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final String username;
    private final TaskInbox inbox;
    private Span taskCount;
    private NotificationBell bell;

    public MainLayout(CurrentUser currentUser, UserAccounts accounts, Partnerships partnerships,
            AuthenticationContext authentication, TaskInbox inbox, Notifications notifications, Webhooks webhooks) {
        this.username = currentUser.require();
        this.inbox = inbox;
        // The shell needs no database to be drawn: while it is away, the page below says so (ErrorView).
        String displayName = Outages.orWhileAway(() -> accounts.find(username).map(UserAccount::getDisplayName)
                .orElse(username), username);
        List<Membership> memberships = Outages.orWhileAway(() -> partnerships.membershipsOf(username), List.of());

        Span brand = new Span("Fruition");
        brand.addClassName("brand");
        boolean managesWebhooks = Outages.orWhileAway(() -> !webhooks.managedBy(username).isEmpty(), false);
        addToDrawer(brand, navigation(currentUser.isAdmin(), managesWebhooks));

        Span who = new Span(displayName);
        who.addClassName("user-name");
        Span where = new Span(memberships.isEmpty() ? (currentUser.isAdmin() ? "Administrator" : "No partnership yet")
                : memberships.stream().map(m -> m.partnershipName() + " · " + m.side().label())
                        .collect(Collectors.joining(", ")));
        where.addClassName("user-partnerships");
        Div identity = new Div(who, where);
        identity.addClassName("user-identity");

        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        bell = new NotificationBell(username, notifications);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), new Div(), bell,
                new Avatar(displayName), identity, signOut);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(1));
        addToNavbar(header);
        setPrimarySection(Section.DRAWER);
    }

    /** The open-task count in the navigation follows every navigation (a completed task leaves the count). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        long open = Outages.orWhileAway(() -> inbox.countOpenTasksOf(username), 0L);
        taskCount.setText(String.valueOf(open));
        taskCount.setVisible(open > 0);
        taskCount.getElement().setAttribute("aria-label", open + " open tasks");
        bell.close();
        bell.refresh();
    }

    private SideNav navigation(boolean admin, boolean managesWebhooks) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Dashboard", DashboardView.class, VaadinIcon.DASHBOARD.create()));
        SideNavItem tasks = new SideNavItem("Tasks", InboxView.class, VaadinIcon.CHECK_SQUARE_O.create());
        taskCount = new Span();
        taskCount.getElement().getThemeList().add("badge contrast pill small");
        taskCount.setId("nav-task-count");
        tasks.setSuffixComponent(taskCount);
        nav.addItem(tasks);
        nav.addItem(new SideNavItem("Ideas", IdeasView.class, VaadinIcon.LIGHTBULB.create()));
        nav.addItem(new SideNavItem("Submit an idea", SubmitIdeaView.class, VaadinIcon.PLUS_CIRCLE_O.create()));
        nav.addItem(new SideNavItem("Portfolio", PortfolioView.class,
                VaadinIcon.CHART.create()));
        nav.addItem(new SideNavItem("Pulse", PulseView.class, VaadinIcon.HEART_O.create()));
        nav.addItem(new SideNavItem("Commitments", CommitmentsView.class, VaadinIcon.HANDSHAKE.create()));
        nav.addItem(new SideNavItem("API tokens", TokensView.class, VaadinIcon.KEY_O.create()));
        if (managesWebhooks) {
            nav.addItem(new SideNavItem("Webhooks", WebhooksView.class, VaadinIcon.CONNECT_O.create()));
        }
        if (admin) {
            nav.addItem(new SideNavItem("Administration", AdminView.class,
                    VaadinIcon.USER_STAR.create()));
            nav.addItem(new SideNavItem("Engine cockpit", "/camunda/app/cockpit/", VaadinIcon.COGS.create()));
        }
        nav.addItem(new SideNavItem("Camunda Tasklist", "/camunda/app/tasklist/", VaadinIcon.TASKS.create()));
        nav.getItems().stream().filter(i -> i.getPath() != null && i.getPath().startsWith("/camunda"))
                .forEach(i -> i.getElement().setAttribute("router-ignore", true));
        return nav;
    }
}
