package io.fruition.base.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn in the browser by Apache ECharts (the WebJar, loaded as a script: no npm) from an option the
 * server computes. It is an image to assistive technology; the table next to it carries the numbers.
 */
public class EChart extends Div {

    static final String ECHARTS = "context://webjars/echarts/5.5.0/echarts.min.js";
    static final String CHARTS = "context://scripts/charts.js";

    private final String optionJson;
    private final Consumer<String> onIdeaClick;

    public EChart(String id, String description, String optionJson, String height, Consumer<String> onIdeaClick) {
        this.optionJson = optionJson;
        this.onIdeaClick = onIdeaClick;
        setId(id);
        addClassName("echart");
        setWidthFull();
        setHeight(height);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
    }

    public String option() {
        return optionJson;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(ECHARTS);
        event.getUI().getPage().addJavaScript(CHARTS);
        getElement().executeJs("const el = this; const go = () => window.fruitionCharts"
                + " ? window.fruitionCharts.render(el, $0, $1) : setTimeout(go, 50); go();",
                optionJson, onIdeaClick != null);
    }

    /** A click on a bubble of the value map. */
    @ClientCallable
    public void openIdea(String number) {
        if (onIdeaClick != null && number != null && number.matches("[A-Z][A-Z0-9]{1,7}-\\d{1,9}")) {
            onIdeaClick.accept(number);
        }
    }
}
