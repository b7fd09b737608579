package io.fruition.admin.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import io.fruition.admin.PartnershipSetup.PartnershipRow;
import io.fruition.admin.PartnershipSetup;
import io.fruition.admin.People;
import io.fruition.base.ui.Problems;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Side;
import io.fruition.security.UserAccount;

/** Who is in a partnership, on which side, with which roles; add, change and remove members. */
class MembersTab extends VerticalLayout {

    static final List<PartnershipRole> ROLES = List.of(PartnershipRole.INNOVATION_LEAD, PartnershipRole.ESTIMATOR,
            PartnershipRole.BOARD_MEMBER, PartnershipRole.BOARD_CHAIR, PartnershipRole.SPONSOR,
            PartnershipRole.DELIVERY_OWNER, PartnershipRole.ACCOUNT_MANAGER);

    private final String actor;
    private final PartnershipSetup setup;
    private final People people;

    final PartnershipPicker partnership = new PartnershipPicker("members-partnership", this::showMembers);
    final Grid<Membership> grid = new Grid<>();
    final ComboBox<UserAccount> user = new ComboBox<>("User");
    final Select<Side> side = new Select<>();
    final CheckboxGroup<PartnershipRole> roles = new CheckboxGroup<>("Roles (every member may submit ideas)");
    final Button save = new Button("Add member");
    final Button remove = new Button("Remove from partnership");
    final Button cancel = new Button("Cancel");
    final Problems problems = new Problems("member-problems");

    MembersTab(String actor, PartnershipSetup setup, People people) {
        this.actor = actor;
        this.setup = setup;
        this.people = people;
        setPadding(false);

        grid.setId("members-grid");
        grid.addColumn(Membership::username).setHeader("User").setAutoWidth(true);
        grid.addColumn(m -> m.side().label()).setHeader("Side").setAutoWidth(true);
        grid.addColumn(MembersTab::roleList).setHeader("Roles").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));

        user.setId("member-user");
        user.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        side.setId("member-side");
        side.setLabel("Side");
        side.setItems(Side.values());
        side.setItemLabelGenerator(Side::label);
        roles.setId("member-roles");
        roles.setItems(ROLES);
        roles.setItemLabelGenerator(MembersTab::label);
        problems.fields(Map.of());
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        remove.setId("member-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> remove());
        cancel.addClickListener(e -> edit(null));
        HorizontalLayout form = new HorizontalLayout(user, side);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("Members"), new Paragraph("Members see the partnership's ideas and do its tasks — here and in "
                + "Camunda's Tasklist — as soon as they are added. Click a member to change their side or roles. "
                + "Create new users under Users first."), partnership, grid, form, roles, problems,
                new HorizontalLayout(save, remove, cancel));
        edit(null);
        refresh();
    }

    static String label(PartnershipRole role) {
        String name = role.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String roleList(Membership m) {
        return ROLES.stream().filter(m::has).map(MembersTab::label).collect(Collectors.joining(", "));
    }

    private void edit(Membership member) {
        problems.clear();
        if (member == null) {
            user.clear();
            user.setReadOnly(false);
            side.setValue(Side.CUSTOMER);
            roles.clear();
            save.setText("Add member");
        } else {
            user.setValue(people.activeUsers().stream().filter(u -> u.getUsername().equals(member.username()))
                    .findFirst().orElse(null));
            user.setReadOnly(true);
            side.setValue(member.side());
            roles.setValue(member.roles().stream().filter(ROLES::contains)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(PartnershipRole.class))));
            save.setText("Save changes");
        }
        remove.setVisible(member != null);
        cancel.setVisible(member != null);
    }

    private void save() {
        PartnershipRow p = partnership.getValue();
        UserAccount chosen = user.getValue();
        if (p == null) {
            return;
        }
        if (problems.attempt(() -> people.setMember(actor, p.prefix(), chosen == null ? null : chosen.getUsername(),
                side.getValue(), roles.getValue()))) {
            Problems.saved(chosen.getUsername() + " is a member of " + p.name() + ".");
            edit(null);
            showMembers();
        }
    }

    private void remove() {
        PartnershipRow p = partnership.getValue();
        UserAccount chosen = user.getValue();
        if (p == null || chosen == null) {
            return;
        }
        if (problems.attempt(() -> people.removeMember(actor, p.prefix(), chosen.getUsername(), Map.of()))) {
            Problems.saved(chosen.getUsername() + " has left " + p.name() + "; their open tasks went back to their groups.");
            edit(null);
            showMembers();
        }
    }

    private void showMembers() {
        PartnershipRow p = partnership.getValue();
        grid.setItems(p == null ? List.of() : people.membersOf(p.prefix()));
    }

    void refresh() {
        partnership.reload(setup.partnerships());
        user.setItems(people.activeUsers());
        showMembers();
    }
}
