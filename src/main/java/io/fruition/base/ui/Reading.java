package io.fruition.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;

import io.fruition.wording.Formats;

/** The formats of the person looking at the page: their browser's locale, or Fruition's home locale. */
public final class Reading {

    private Reading() {
    }

    public static Formats formats() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? null : ui.getLocale();
        return Formats.of(locale == null ? Formats.HOME : locale);
    }
}
