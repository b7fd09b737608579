package io.fruition.portal.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.fruition.process.history.ProcessDiagram.Drawing;

/**
 * The process diagram, readable: drawn at its natural size (labels of 11 to 13 px) in a frame that scrolls to the
 * step the idea waits in, with zoom controls, a fit-to-width view and a full-screen view. The frame takes the
 * keyboard focus (the arrow keys scroll it), and the diagram in words stands under it and in the SVG's title.
 */
class DiagramPanel extends VerticalLayout {

    static final double[] ZOOMS = {0.5, 0.75, 1, 1.25, 1.5, 2};

    private final Drawing drawing;
    private final Div frame;
    /** An index into {@link #ZOOMS}, or -1 for fitted to the width. */
    private int zoom = 2;
    private final Button zoomOut = new Button(VaadinIcon.MINUS.create(), e -> zoomTo(zoom < 0 ? 1 : zoom - 1));
    private final Button zoomIn = new Button(VaadinIcon.PLUS.create(), e -> zoomTo(zoom < 0 ? 3 : zoom + 1));

    DiagramPanel(Drawing drawing) {
        this.drawing = drawing;
        setPadding(false);
        setSpacing(false);
        setId("idea-diagram-panel");
        frame = frame(drawing, "idea-diagram");
        zoomOut.setId("diagram-zoom-out");
        zoomOut.setAriaLabel("Zoom out");
        zoomOut.setTooltipText("Zoom out");
        zoomIn.setId("diagram-zoom-in");
        zoomIn.setAriaLabel("Zoom in");
        zoomIn.setTooltipText("Zoom in");
        Button fit = new Button("Fit to width", e -> zoomTo(-1));
        fit.setId("diagram-fit");
        Button actual = new Button("Actual size", e -> zoomTo(2));
        actual.setId("diagram-actual");
        Button full = new Button("Full screen", VaadinIcon.EXPAND_SQUARE.create(), e -> fullScreen());
        full.setId("diagram-full-screen");
        for (Button b : new Button[] {zoomOut, zoomIn, fit, actual, full}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout tools = new HorizontalLayout(zoomOut, zoomIn, fit, actual, full);
        tools.setId("diagram-tools");
        tools.setSpacing(false);
        Paragraph words = new Paragraph(drawing.inWords());
        words.setId("diagram-in-words");
        words.addClassName("diagram-in-words");
        add(tools, frame, words);
        zoomTo(zoom);
    }

    /** The zoom in percent, or "fit". */
    String zoom() {
        return zoom < 0 ? "fit" : Math.round(ZOOMS[zoom] * 100) + "%";
    }

    void zoomTo(int level) {
        zoom = Math.max(-1, Math.min(ZOOMS.length - 1, level));
        frame.getStyle().set("--diagram-width", zoom < 0 ? "100%"
                : String.format(Locale.ROOT, "%.0fpx", drawing.width() * ZOOMS[zoom]));
        zoomOut.setEnabled(zoom != 0);
        zoomIn.setEnabled(zoom != ZOOMS.length - 1);
        scrollToCurrent(frame);
    }

    private void fullScreen() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Where it is in the process");
        dialog.setWidth("96vw");
        dialog.setHeight("92vh");
        Div big = frame(drawing, "idea-diagram-full");
        big.getStyle().set("--diagram-width", String.format(Locale.ROOT, "%.0fpx", drawing.width()));
        big.getStyle().set("max-height", "none").set("height", "100%");
        dialog.add(big);
        Button close = new Button("Close", e -> dialog.close());
        close.setId("diagram-full-close");
        dialog.getFooter().add(close);
        dialog.open();
        scrollToCurrent(big);
    }

    private static Div frame(Drawing drawing, String id) {
        // innerHTML, not an Html component: the browser's own parser puts <svg> in the SVG namespace.
        Div frame = new Div();
        frame.getElement().setProperty("innerHTML", drawing.svg());
        frame.addClassName("diagram-frame");
        frame.setId(id);
        frame.getElement().setAttribute("tabindex", "0");
        frame.getElement().setAttribute("role", "region");
        frame.getElement().setAttribute("aria-label", "Process diagram; the arrow keys scroll it");
        return frame;
    }

    /** Scrolls the frame so that the step the idea waits in is in the middle, once the browser has laid it out. */
    private void scrollToCurrent(Div target) {
        drawing.focus().ifPresent(at -> target.getElement().executeJs("""
                const frame = this;
                requestAnimationFrame(() => {
                  const svg = frame.querySelector('svg');
                  if (!svg) return;
                  const k = svg.getBoundingClientRect().width / $2;
                  frame.scrollLeft = Math.max(0, $0 * k - frame.clientWidth / 2);
                  frame.scrollTop = Math.max(0, $1 * k - frame.clientHeight / 2);
                });""", at[0], at[1], drawing.width()));
    }
}
