package io.fruition.admin.ui;

import java.util.List;

import com.vaadin.flow.component.select.Select;

import io.fruition.admin.PartnershipSetup.PartnershipRow;

/** Chooses the partnership a tab works on; keeps the choice when the list is reloaded. */
class PartnershipPicker extends Select<PartnershipRow> {

    PartnershipPicker(String id, Runnable onChange) {
        setId(id);
        setLabel("Partnership");
        setItemLabelGenerator(p -> p.name() + " (" + p.prefix() + ")");
        addValueChangeListener(e -> onChange.run());
    }

    /** New items; the same partnership stays chosen, or the first when there was none. */
    void reload(List<PartnershipRow> all) {
        PartnershipRow selected = getValue();
        setItems(all);
        setValue(all.stream().filter(p -> selected != null && p.prefix().equals(selected.prefix())).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0)));
    }

    /** Chooses a partnership by its prefix. */
    void choose(String prefix) {
        getListDataView().getItems().filter(p -> p.prefix().equals(prefix)).findFirst().ifPresent(this::setValue);
    }
}
