package io.fruition.admin.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import io.fruition.admin.People;
import io.fruition.base.ui.Problems;
import io.fruition.partnership.Membership;
import io.fruition.process.task.MemberTasks.HeldTask;
import io.fruition.security.UserAccount;

/** Everyone who can sign in: create users, and deactivate them after handing over their open tasks. */
class UsersTab extends VerticalLayout {

    private final String actor;
    private final People people;

    final Grid<UserAccount> grid = new Grid<>();
    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Display name");
    final EmailField email = new EmailField("E-mail");
    final PasswordField password = new PasswordField("Initial password");
    final Checkbox admin = new Checkbox("Administrator");
    final Button create = new Button("Create user");
    final Problems createProblems = new Problems("user-problems");

    final VerticalLayout leaving = new VerticalLayout();
    final Button deactivate = new Button();
    final Problems leaveProblems = new Problems("deactivate-problems");
    final Map<String, ComboBox<String>> successors = new HashMap<>();
    private UserAccount selected;

    UsersTab(String actor, People people) {
        this.actor = actor;
        this.people = people;
        setPadding(false);
        grid.setId("users-grid");
        grid.addColumn(UserAccount::getUsername).setHeader("User name").setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(u -> u.getEmail() == null ? "" : u.getEmail()).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(u -> people.membershipsOf(u.getUsername()).stream()
                .map(m -> m.partnershipPrefix() + " (" + m.side().label() + ")").collect(Collectors.joining(", ")))
                .setHeader("Partnerships").setFlexGrow(2);
        grid.addColumn(u -> (u.isAdmin() ? "Administrator, " : "") + (u.isActive() ? "active" : "deactivated"))
                .setHeader("Status").setAutoWidth(true);
        grid.setHeight("320px");
        grid.addItemClickListener(e -> select(e.getItem()));

        username.setId("user-username");
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'");
        displayName.setId("user-display-name");
        email.setId("user-email");
        password.setId("user-password");
        password.setHelperText("Tell it to the user in person; they sign in with it.");
        admin.setId("user-admin");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("email", email);
        fields.put("password", password);
        createProblems.fields(fields);
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());

        leaving.setId("user-leaving");
        leaving.setPadding(false);
        leaving.setVisible(false);
        deactivate.setId("user-deactivate");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        deactivate.addClickListener(e -> deactivate());

        HorizontalLayout form = new HorizontalLayout(username, displayName, email, password, admin);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("form-row");
        add(new H3("Users"), new Paragraph("Click a user to deactivate them. Their ideas, comments and history stay."),
                grid, leaving, new H4("Create a user"), form, createProblems, create);
        refresh();
    }

    private void create() {
        if (createProblems.attempt(() -> people.createUser(actor, username.getValue(), displayName.getValue(),
                email.getValue(), password.getValue(), admin.getValue()))) {
            Problems.saved("User " + username.getValue() + " created; add them to a partnership under Members.");
            username.clear();
            displayName.clear();
            email.clear();
            password.clear();
            admin.clear();
            refresh();
        }
    }

    private void select(UserAccount account) {
        selected = account;
        leaving.removeAll();
        successors.clear();
        leaveProblems.clear();
        if (!account.isActive()) {
            leaving.add(new Paragraph(account.getDisplayName() + " is deactivated."));
            leaving.setVisible(true);
            return;
        }
        leaving.add(new H4("Deactivate " + account.getDisplayName()));
        List<HeldTask> held = people.tasksHeldBy(account.getUsername());
        if (held.isEmpty()) {
            leaving.add(new Paragraph(account.getDisplayName() + " holds no open task."));
        } else {
            leaving.add(new Paragraph(account.getDisplayName() + " holds these open tasks. Choose who takes each over; "
                    + "a task left empty goes back to the group it was offered to."));
            for (HeldTask task : held) {
                if (task.personal()) {
                    leaving.add(new Span(task.about() + " · " + task.name() + ": " + account.getDisplayName()
                            + "'s own to answer; it lapses."));
                    continue;
                }
                ComboBox<String> successor = new ComboBox<>();
                successor.setId("successor-" + task.taskId());
                successor.setPlaceholder(task.offeredToGroup() ? "Back to the group" : "Choose a successor");
                successor.setRequiredIndicatorVisible(!task.offeredToGroup());
                successor.setItems(people.membersOf(task.partnershipPrefix()).stream().map(Membership::username)
                        .filter(u -> !u.equals(account.getUsername())).toList());
                successors.put(task.taskId(), successor);
                HorizontalLayout row = new HorizontalLayout(new Span(task.about() + " · " + task.name()), successor);
                row.setAlignItems(FlexComponent.Alignment.BASELINE);
                leaving.add(row);
            }
        }
        deactivate.setText("Deactivate " + account.getUsername());
        Button cancel = new Button("Cancel", e -> leaving.setVisible(false));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        leaving.add(leaveProblems, new HorizontalLayout(deactivate, cancel));
        leaving.setVisible(true);
    }

    private void deactivate() {
        Map<String, String> chosen = new HashMap<>();
        successors.forEach((task, box) -> {
            if (box.getValue() != null) {
                chosen.put(task, box.getValue());
            }
        });
        String name = selected.getUsername();
        if (leaveProblems.attempt(() -> people.deactivate(actor, name, chosen))) {
            Problems.saved(name + " is deactivated and can no longer sign in.");
            leaving.setVisible(false);
            refresh();
        }
    }

    void refresh() {
        grid.setItems(people.everyone());
    }
}
