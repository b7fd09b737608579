package io.fruition.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

import io.fruition.shared.Csv;
import io.fruition.shared.Table;
import io.fruition.wording.Formats;

/** A figure's numbers as a grid (the portfolio's, the pulse's, the commitments') (an idea's number links to it), with a link that downloads them as CSV. */
public final class FigureTable {

    private FigureTable() {
    }

    public static Component of(Table table, String prefix) {
        Grid<List<Object>> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("table-" + Csv.fileName(table.title()).replace(".csv", ""));
        for (int i = 0; i < table.columns().size(); i++) {
            int column = i;
            String header = table.columns().get(i);
            Grid.Column<List<Object>> c;
            if (header.equals("Idea")) {
                c = grid.addComponentColumn(row -> new Anchor("ideas/" + row.get(column), String.valueOf(row.get(column))));
            } else {
                c = grid.addColumn(row -> format(row.get(column)));
            }
            c.setHeader(header).setResizable(true).setAutoWidth(true);
            if (i > 0 && numeric(table, column)) {
                c.setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.setItems(table.rows());
        if (table.rows().size() <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("360px");
        }
        grid.getElement().setAttribute("aria-label", table.title());
        Anchor csv = Downloads.csv(table.title() + " (CSV)", Csv.fileName(prefix, table.title()), () -> table);
        Div block = new Div(grid, csv);
        block.addClassName("figure-table");
        return block;
    }

    /** Whether a column holds numbers (aligned right, like a spreadsheet's), judged by its first filled cell. */
    private static boolean numeric(Table table, int column) {
        return table.rows().stream().map(row -> row.get(column)).filter(v -> v != null && !"".equals(v)).findFirst()
                .map(v -> v instanceof Number).orElse(false);
    }

    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        Formats formats = Reading.formats();
        if (value instanceof BigDecimal amount) {
            return formats.whole(amount);
        }
        if (value instanceof Double d) {
            NumberFormat f = NumberFormat.getNumberInstance(formats.locale());
            f.setMaximumFractionDigits(2);
            return f.format(d);
        }
        if (value instanceof Long || value instanceof Integer) {
            return value instanceof Integer year && year > 1900 && year < 3000 ? String.valueOf(year)
                    : formats.whole(new BigDecimal(value.toString()));
        }
        return value.toString();
    }
}
