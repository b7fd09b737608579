package io.fruition.form.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import io.fruition.form.FormComponent;

/**
 * A repeating section (form-js' dynamic list): one row of its fields per item, prefilled from the list the task
 * holds, {@code defaultRepetitions} rows when it holds none, with Add and Remove where {@code allowAddRemove} says
 * so. The rows are drawn again after each add or remove, so that the n-th row is always the n-th item the server
 * checks and names in its messages. The fields themselves are the renderer's, registered under
 * {@code path[n].key}.
 */
final class RepeatingSection {

    private final FormComponent section;
    private final String listPath;
    private final RenderedForm form;
    private final BiFunction<FormComponent, String, Component> field;
    private final boolean addRemove;
    private final String itemName;
    private final Div box = new Div();
    private final Div rows = new Div();

    /**
     * @param label the section's label as the renderer resolved it (may be null)
     * @param field the renderer's field for a component at a path, registered with the form
     */
    RepeatingSection(FormComponent section, String listPath, RenderedForm form, String label,
            BiFunction<FormComponent, String, Component> field) {
        this.section = section;
        this.listPath = listPath;
        this.form = form;
        this.field = field;
        this.addRemove = !Boolean.FALSE.equals(section.properties().get("allowAddRemove"));
        this.itemName = label == null ? "item" : label.replaceAll("s$", "").toLowerCase(Locale.ROOT);
        box.addClassName("form-dynamic-list");
        box.setId("field-" + listPath.replace('.', '-'));
        if (label != null) {
            box.add(new H4(label));
        }
        rows.addClassName("form-dynamic-rows");
        box.add(rows);
        draw(initialItems());
        if (addRemove) {
            Button add = new Button("Add " + itemName, VaadinIcon.PLUS.create());
            add.setId("field-" + listPath.replace('.', '-') + "-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.addClickListener(e -> {
                List<Map<String, Object>> now = form.items(listPath);
                now.add(new HashMap<>());
                draw(now);
            });
            box.add(add);
        }
    }

    Component component() {
        return box;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> initialItems() {
        List<Map<String, Object>> items = new ArrayList<>();
        if (form.data().get(listPath) instanceof Collection<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(o -> items.add(new HashMap<>((Map<String, Object>) o)));
        }
        int defaults = section.properties().get("defaultRepetitions") instanceof Number n ? n.intValue() : 1;
        while (items.size() < defaults) {
            items.add(new HashMap<>());
        }
        return items;
    }

    private void draw(List<Map<String, Object>> items) {
        form.forget(listPath);
        rows.removeAll();
        for (int i = 0; i < items.size(); i++) {
            FlexLayout row = new FlexLayout();
            row.addClassName("form-row");
            row.addClassName("form-dynamic-row");
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            for (FormComponent child : section.components()) {
                if (!child.isInput() || child.key() == null) {
                    continue;
                }
                String path = listPath + "[" + i + "]." + child.key();
                Component rendered = field.apply(child, path);
                Object value = items.get(i).get(child.key());
                if (value != null) {
                    FormRenderer.setValue(form.field(path), child, value);
                }
                rendered.getElement().getStyle().set("flex", "1 1 0");
                row.add(rendered);
            }
            if (addRemove) {
                row.add(removeButton(i));
            }
            rows.add(row);
        }
    }

    private Button removeButton(int index) {
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.setAriaLabel("Remove " + itemName + " " + (index + 1));
        remove.setTooltipText("Remove this " + itemName);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.addClassName("form-dynamic-remove");
        remove.addClickListener(e -> {
            List<Map<String, Object>> now = form.items(listPath);
            now.remove(index);
            draw(now);
        });
        return remove;
    }
}
