package io.fruition.analytics.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import io.fruition.analytics.Portfolio;
import io.fruition.idea.IdeaStatus;
import io.fruition.partnership.Side;
import io.fruition.base.ui.Reading;

/** The headline of the portfolio: value realised per side, ideas submitted, reaching delivery, waiting now. */
final class HeadlineFigures {

    private HeadlineFigures() {
    }

    static Component of(Portfolio p) {
        Div figures = new Div();
        figures.addClassName("kpis");
        figures.setId("portfolio-headline");
        var realised = p.valueRealised();
        figures.add(kpi("kpi-customer", money(realised.realised(Side.CUSTOMER), p.currency()),
                "realised per year for the customer", "estimated " + money(realised.estimated(Side.CUSTOMER), p.currency())));
        figures.add(kpi("kpi-supplier", money(realised.realised(Side.SUPPLIER), p.currency()),
                "realised per year for the supplier", "estimated " + money(realised.estimated(Side.SUPPLIER), p.currency())));
        figures.add(kpi("kpi-submitted", count(p.funnel().submitted()), "ideas submitted",
                count(p.funnel().reached(IdeaStatus.REALISED)) + " realised"));
        Double share = p.funnel().reachedDeliveryPercent();
        figures.add(kpi("kpi-delivery", share == null ? "–" : share + " %", "of submitted ideas reached delivery",
                count(p.funnel().reached(IdeaStatus.IN_DELIVERY)) + " ideas"));
        figures.add(kpi("kpi-late", count(p.responsiveness().lateScreenings()), "waiting beyond the screening SLA now",
                p.responsiveness().screeningSlaWorkingDays() + " working days to screen"));
        return figures;
    }

    private static Component kpi(String id, String value, String label, String detail) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("kpi");
        Span v = new Span(value);
        v.addClassName("kpi-value");
        Span l = new Span(label);
        l.addClassName("kpi-label");
        Span d = new Span(detail);
        d.addClassName("kpi-detail");
        box.add(v, l, d);
        return box;
    }

    private static String money(BigDecimal amount, String currency) {
        return Reading.formats().amount(amount, currency);
    }

    private static String count(long n) {
        return Reading.formats().whole(BigDecimal.valueOf(n));
    }
}
