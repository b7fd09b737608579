package io.fruition.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A secret Fruition shows once (an API token, a webhook's signing secret): read-only, selected for copying, with a
 * copy button, and the warning that it is not shown again. Hidden until there is one.
 */
public class SecretOnce extends Div {

    final TextField value = new TextField();
    final Paragraph note = new Paragraph();

    public SecretOnce(String id) {
        setId(id);
        addClassName("secret-once");
        value.setId(id + "-value");
        value.setReadOnly(true);
        value.setWidth("36em");
        value.addFocusListener(e -> value.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button("Copy", VaadinIcon.COPY_O.create(), e -> {
            value.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", value.getValue());
            Problems.saved("Copied.");
        });
        copy.setId(id + "-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(value, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(note, row);
        setVisible(false);
    }

    /** Shows the secret with what it is for; "Copy it now" is added to the words. */
    public void show(String label, String secret) {
        value.setLabel(label);
        value.setValue(secret);
        note.setText("Copy it now: Fruition shows it only this once and keeps no copy it could show you again.");
        setVisible(true);
        value.focus();
    }

    public void hide() {
        value.clear();
        setVisible(false);
    }

    public String secret() {
        return value.getValue();
    }
}
