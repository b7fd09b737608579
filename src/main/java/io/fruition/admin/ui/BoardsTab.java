package io.fruition.admin.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.fruition.admin.PartnershipSetup.PartnershipRow;
import io.fruition.admin.PartnershipSetup;
import io.fruition.admin.People;
import io.fruition.base.ui.Problems;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;

/** The joint review board of a partnership: its members from both sides and its chair. */
class BoardsTab extends VerticalLayout {

    private final String actor;
    private final PartnershipSetup setup;
    private final People people;

    final PartnershipPicker partnership = new PartnershipPicker("board-partnership", this::show);
    final Paragraph current = new Paragraph();
    final MultiSelectComboBox<String> members = new MultiSelectComboBox<>("Board members");
    final ComboBox<String> chair = new ComboBox<>("Chair");
    final Button save = new Button("Save board");
    final Problems problems = new Problems("board-problems");
    private List<Membership> memberships = List.of();

    BoardsTab(String actor, PartnershipSetup setup, People people) {
        this.actor = actor;
        this.setup = setup;
        this.people = people;
        setPadding(false);
        current.setId("board-current");
        members.setId("board-members");
        members.setWidth("32em");
        members.setItemLabelGenerator(this::labelOf);
        members.addValueChangeListener(e -> {
            Set<String> chosen = e.getValue();
            String keep = chair.getValue();
            chair.setItems(chosen.stream().sorted().toList());
            chair.setValue(keep != null && chosen.contains(keep) ? keep : null);
        });
        chair.setId("board-chair");
        chair.setItemLabelGenerator(this::labelOf);
        save.setId("board-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H3("Boards"), new Paragraph("Every board member votes on each idea that reaches the board (except "
                + "their own). An idea is approved only with an approval from each side, so a board has members from "
                + "both sides, and one chair who decides when too few voted."), partnership, current, members, chair,
                problems, save);
        refresh();
    }

    private String labelOf(String username) {
        return memberships.stream().filter(m -> m.username().equals(username)).findFirst()
                .map(m -> username + " (" + m.side().label() + ")").orElse(username);
    }

    private void show() {
        problems.clear();
        PartnershipRow p = partnership.getValue();
        memberships = p == null ? List.of() : people.membersOf(p.prefix());
        members.setItems(memberships.stream().map(Membership::username).toList());
        List<Membership> board = memberships.stream()
                .filter(m -> m.has(PartnershipRole.BOARD_MEMBER) || m.has(PartnershipRole.BOARD_CHAIR)).toList();
        members.setValue(board.stream().map(Membership::username).collect(Collectors.toSet()));
        chair.setValue(board.stream().filter(m -> m.has(PartnershipRole.BOARD_CHAIR)).map(Membership::username)
                .findFirst().orElse(null));
        current.setText(board.isEmpty() ? "This partnership has no board yet." : "The board now: "
                + board.stream().map(m -> labelOf(m.username()) + (m.has(PartnershipRole.BOARD_CHAIR) ? ", chair" : ""))
                        .collect(Collectors.joining("; ")) + ".");
    }

    private void save() {
        PartnershipRow p = partnership.getValue();
        if (p != null && problems.attempt(() -> setup.setBoard(actor, p.prefix(), members.getValue(), chair.getValue()))) {
            Problems.saved("The board of " + p.name() + " is saved.");
            show();
        }
    }

    void refresh() {
        partnership.reload(setup.partnerships());
        show();
    }
}
