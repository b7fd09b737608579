package io.fruition.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Figures as rows and columns: what a chart shows, in a form a screen reader, a spreadsheet and a printed page
 * can all take. Cells are strings, numbers or null (an empty cell).
 */
public record Table(String title, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of '" + title + "' has " + row.size() + " cells for "
                        + columns.size() + " columns.");
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
