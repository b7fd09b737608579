package io.fruition.admin.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;

import io.fruition.admin.AuditLog;
import io.fruition.admin.AuditLog.Entry;

/** Every change made in the administration: who, when, what, before and after. */
class AuditTab extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final AuditLog audit;
    final TextField filter = new TextField();
    final Grid<Entry> grid = new Grid<>();

    AuditTab(AuditLog audit) {
        this.audit = audit;
        setPadding(false);
        filter.setId("audit-filter");
        filter.setPlaceholder("Filter by who, action or subject");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> AT.format(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Entry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Entry::action).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Entry::subject).setHeader("Subject").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(e -> lines(e.before()))).setHeader("Before").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(e -> lines(e.after()))).setHeader("After").setFlexGrow(2);
        grid.setHeight("560px");
        add(new H3("Audit log"), new Paragraph("The latest 500 changes, newest first."), filter, grid);
        refresh();
    }

    private static Span lines(String text) {
        Span span = new Span(text == null ? "–" : text);
        span.getStyle().set("white-space", "pre-line");
        return span;
    }

    void refresh() {
        grid.setItems(audit.latest(filter.getValue(), 500));
    }
}
