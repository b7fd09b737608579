package io.fruition.commitment.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import io.fruition.base.ui.Downloads;
import io.fruition.base.ui.FigureTable;
import io.fruition.base.ui.Problems;
import io.fruition.base.ui.Reading;
import io.fruition.commitment.Commitment;
import io.fruition.commitment.CommitmentActuals;
import io.fruition.commitment.CommitmentKind;
import io.fruition.commitment.CommitmentReview;
import io.fruition.commitment.CommitmentState;
import io.fruition.commitment.CommitmentTables;
import io.fruition.commitment.Commitments;
import io.fruition.commitment.Commitments.Proposal;
import io.fruition.commitment.InnovationFund;
import io.fruition.commitment.Mark;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;
import io.fruition.security.CurrentUser;
import io.fruition.shared.Csv;
import io.fruition.wording.Formats;
import io.fruition.wording.Names;

/**
 * What both sides committed the innovation programme to, and how each commitment is doing now: target, actual,
 * trend and a clear mark; the innovation fund with what approved ideas drew on it; proposals waiting for a side's
 * agreement; and the periods that were missed.
 */
@Route("commitments")
@PageTitle("Commitments · Fruition")
@PermitAll
public class CommitmentsView extends VerticalLayout implements BeforeEnterObserver {

    private final String username;
    private final List<Partnership> visible;
    private final Commitments commitments;
    private final CommitmentActuals actuals;
    private final InnovationFund fund;
    private final CommitmentReview review;
    private final Names names;
    private final Clock clock;

    final Select<Partnership> partnership = new Select<>();
    final Div content = new Div();
    private boolean restoring;

    public CommitmentsView(CurrentUser currentUser, Partnerships partnerships, Commitments commitments,
            CommitmentActuals actuals, InnovationFund fund, CommitmentReview review, Names names, Clock clock) {
        this.names = names;
        this.username = currentUser.require();
        this.commitments = commitments;
        this.actuals = actuals;
        this.fund = fund;
        this.review = review;
        this.clock = clock;
        List<String> mine = partnerships.membershipsOf(username).stream().map(m -> m.partnershipPrefix()).toList();
        this.visible = partnerships.all().stream()
                .filter(p -> currentUser.isAdmin() || mine.contains(p.getPrefix())).toList();
        setId("commitments");
        addClassName("commitments-view");
        partnership.setLabel("Partnership");
        partnership.setId("commitments-partnership");
        partnership.setItems(visible);
        partnership.setItemLabelGenerator(Partnership::getName);
        partnership.setVisible(visible.size() > 1);
        partnership.addValueChangeListener(e -> {
            if (!restoring && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("commitments",
                        QueryParameters.simple(Map.of("partnership", e.getValue().getPrefix())))));
                refresh();
            }
        });
        content.setId("commitments-content");
        content.setWidthFull();
        add(new H2("Innovation commitments"), partnership, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (visible.isEmpty()) {
            Paragraph none = new Paragraph("You are not a member of any partnership yet, so there are no commitments "
                    + "to show. An administrator adds you to a partnership under Administration.");
            none.setId("commitments-no-partnership");
            none.addClassName("empty-state");
            content.add(none);
            return;
        }
        List<String> asked = event.getLocation().getQueryParameters().getParameters().get("partnership");
        String prefix = asked == null || asked.isEmpty() ? null : asked.get(0);
        restoring = true;
        partnership.setValue(visible.stream().filter(p -> p.getPrefix().equals(prefix)).findFirst()
                .orElse(visible.get(0)));
        restoring = false;
        refresh();
    }

    void refresh() {
        content.removeAll();
        Partnership p = partnership.getValue();
        if (p == null) {
            return;
        }
        String prefix = p.getPrefix();
        Formats formats = Reading.formats();
        Paragraph intro = new Paragraph("What " + p.getName() + " committed its innovation programme to, agreed by "
                + "both sides: a commitment is in force once an innovation lead of each side has agreed it. Actuals "
                + "are computed from the ideas and the pulse as you look; one projected to miss its period is told "
                + "to both leads once.");
        intro.setId("commitments-intro");
        content.add(intro, inForce(prefix), fund(p, formats), proposals(p), propose(p), missed(p));
    }

    private Component inForce(String prefix) {
        VerticalLayout section = section("commitments-in-force", "In force");
        List<CommitmentActuals.Progress> progress = actuals.of(prefix);
        if (progress.isEmpty()) {
            section.add(new Paragraph("No commitment is in force yet. An innovation lead proposes one below; it counts "
                    + "once the other side agrees."));
            return section;
        }
        Grid<CommitmentActuals.Progress> grid = new Grid<>();
        grid.setId("commitments-grid");
        grid.addColumn(CommitmentActuals.Progress::what).setHeader("Commitment").setFlexGrow(3);
        grid.addColumn(CommitmentActuals.Progress::actualText).setHeader("Actual").setFlexGrow(2);
        grid.addColumn(CommitmentActuals.Progress::trend).setHeader("Trend").setFlexGrow(2);
        grid.addComponentColumn(CommitmentsView::mark).setHeader("Mark").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CommitmentActuals.Progress::why).setHeader("Why").setFlexGrow(3);
        grid.setItems(progress);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        section.add(grid, Downloads.csv("Commitments (CSV)", Csv.fileName(prefix, "commitments"),
                () -> CommitmentTables.progress(actuals.of(prefix))));
        return section;
    }

    static Span mark(CommitmentActuals.Progress p) {
        Span mark = new Span(p.mark().label());
        mark.getElement().getThemeList().add(p.mark() == Mark.ON_TRACK ? "badge success"
                : p.mark() == Mark.AT_RISK ? "badge error" : "badge error primary");
        mark.getElement().setAttribute("data-mark", p.mark().name());
        return mark;
    }

    private Component fund(Partnership p, Formats formats) {
        int year = LocalDate.now(clock).getYear();
        InnovationFund.Figures f = fund.figures(p.getPrefix(), year);
        VerticalLayout section = section("commitments-fund", "Innovation fund " + year);
        Paragraph figures = new Paragraph(f.fund() == null
                ? "No fund is agreed for " + year + ". " + formats.amount(f.committed(), p.getCurrency())
                        + " of one-off costs were approved this year."
                : formats.amount(f.fund(), p.getCurrency()) + " agreed; " + formats.amount(f.committed(),
                        p.getCurrency()) + " committed by " + f.drawn().size() + (f.drawn().size() == 1 ? " approved idea"
                        : " approved ideas") + "; " + (f.remaining().signum() >= 0 ? formats.amount(f.remaining(),
                        p.getCurrency()) + " remaining." : "overdrawn by " + formats.amount(f.remaining().negate(),
                        p.getCurrency()) + " with both leads' agreement.")
                        + (f.overridden().signum() > 0 ? " Overdrafts agreed by both leads: "
                                + formats.amount(f.overridden(), p.getCurrency()) + "." : ""));
        figures.setId("commitments-fund-figures");
        section.add(figures);
        if (!f.drawn().isEmpty()) {
            section.add(FigureTable.of(CommitmentTables.fund(f), p.getPrefix()));
        }
        return section;
    }

    private Component proposals(Partnership p) {
        VerticalLayout section = section("commitments-proposals", "Waiting for agreement");
        List<Commitment> waiting = commitments.of(username, p.getPrefix()).stream()
                .filter(c -> c.state() == CommitmentState.PROPOSED).toList();
        if (waiting.isEmpty()) {
            section.add(new Paragraph("No proposal waits for a side's agreement."));
            return section;
        }
        for (Commitment c : waiting) {
            Problems problems = new Problems("commitment-problems-" + c.id());
            HorizontalLayout row = new HorizontalLayout();
            row.setId("commitment-proposal-" + c.id());
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            String waitingFor = c.customerAgreedBy() == null && c.supplierAgreedBy() == null ? "both sides"
                    : c.customerAgreedBy() == null ? "the customer" : "the supplier";
            row.add(new Span(c.describe(p.getCurrency()) + " — proposed by " + names.of(c.proposedBy())
                    + " on " + Reading.formats().date(c.proposedAt()) + "; waiting for " + waitingFor + "."));
            if (commitments.mayAgree(username, c)) {
                Button agree = new Button("Agree", e -> {
                    if (problems.attempt(() -> commitments.agree(username, c.id()))) {
                        Problems.saved("Agreed.");
                        refresh();
                    }
                });
                agree.setId("commitment-agree-" + c.id());
                agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                Button decline = new Button("Decline", e -> {
                    if (problems.attempt(() -> commitments.decline(username, c.id()))) {
                        Problems.saved("Declined.");
                        refresh();
                    }
                });
                decline.setId("commitment-decline-" + c.id());
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(agree, decline);
            } else if (username.equals(c.proposedBy()) || commitments.mayPropose(username, p.getPrefix())) {
                Button withdraw = new Button("Withdraw", e -> {
                    if (problems.attempt(() -> commitments.withdraw(username, c.id()))) {
                        Problems.saved("Withdrawn.");
                        refresh();
                    }
                });
                withdraw.setId("commitment-withdraw-" + c.id());
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(withdraw);
            }
            section.add(row, problems);
        }
        return section;
    }

    private Component propose(Partnership p) {
        VerticalLayout section = section("commitments-propose", "Propose a commitment");
        if (!commitments.mayPropose(username, p.getPrefix())) {
            section.add(new Paragraph("The innovation leads of both sides (and administrators) propose commitments; "
                    + "each is in force once the other side agrees."));
            return section;
        }
        ComboBox<CommitmentKind> kind = new ComboBox<>("What");
        kind.setId("commitment-kind");
        kind.setItems(CommitmentKind.values());
        kind.setItemLabelGenerator(CommitmentKind::label);
        kind.setWidth("20em");
        BigDecimalField target = new BigDecimalField("Target");
        target.setId("commitment-target");
        IntegerField within = new IntegerField("Within days of submission");
        within.setId("commitment-within");
        within.setVisible(false);
        IntegerField year = new IntegerField("Fund year");
        year.setId("commitment-year");
        year.setValue(LocalDate.now(clock).getYear());
        year.setVisible(false);
        DatePicker by = new DatePicker("Reached by");
        by.setId("commitment-by");
        by.setVisible(false);
        TextField note = new TextField("Note (optional)");
        note.setId("commitment-note");
        note.setWidth("24em");
        kind.addValueChangeListener(e -> {
            CommitmentKind k = e.getValue();
            within.setVisible(k == CommitmentKind.BOARD_DECISION_SHARE);
            year.setVisible(k == CommitmentKind.INNOVATION_FUND);
            by.setVisible(k == CommitmentKind.RELATIONSHIP_SCORE);
            target.setHelperText(k == null ? null : k == CommitmentKind.INNOVATION_FUND
                    ? "In " + p.getCurrency() + ", " + k.unit() : k.unit());
        });
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("target", target);
        fields.put("withinDays", within);
        fields.put("fundYear", year);
        fields.put("targetDate", by);
        fields.put("note", note);
        Problems problems = new Problems("commitment-propose-problems").fields(fields);
        Button send = new Button("Propose", e -> {
            if (problems.attempt(() -> commitments.propose(username, p.getPrefix(), new Proposal(kind.getValue(),
                    target.getValue(), within.getValue(), year.getValue(), by.getValue(), note.getValue())))) {
                Problems.saved("Proposed: it is in force once the other side agrees.");
                refresh();
            }
        });
        send.setId("commitment-propose");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(kind, target, within, year, by, note);
        row.addClassName("form-row");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        section.add(row, problems, send);
        return section;
    }

    private Component missed(Partnership p) {
        VerticalLayout section = section("commitments-missed", "Missed");
        var misses = review.misses(p.getPrefix());
        if (misses.isEmpty()) {
            section.add(new Paragraph("No commitment has been missed."));
            return section;
        }
        section.add(FigureTable.of(CommitmentTables.misses(misses, commitments.of(username, p.getPrefix()),
                p.getCurrency()), p.getPrefix()));
        return section;
    }

    private static VerticalLayout section(String id, String title) {
        VerticalLayout section = new VerticalLayout(new H3(title));
        section.setId(id);
        section.setPadding(false);
        section.addClassName("commitments-section");
        return section;
    }

}
