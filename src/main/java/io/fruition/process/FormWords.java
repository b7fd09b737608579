package io.fruition.process;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;
import io.fruition.wording.Formats;

/**
 * Values the forms' text shows, written as people read them ({@code EUR 60,000}, "supplier"), for the BPMN's input
 * parameters: {@code ${formWords.amount(oneOffCost, partnership)}}. The raw values stay in the process for its
 * decisions; only the words for reading are added.
 */
@Component("formWords")
public class FormWords {

    private final java.util.function.Function<String, String> currencies;

    @org.springframework.beans.factory.annotation.Autowired
    FormWords(Partnerships partnerships) {
        this(prefix -> partnerships.byPrefix(prefix).map(Partnership::getCurrency).orElse(""));
    }

    /** With the currency of each partnership given, for process tests without the partnership module. */
    FormWords(java.util.function.Function<String, String> currencies) {
        this.currencies = currencies;
    }

    /** An amount in the partnership's currency, grouped, whole units. */
    public String amount(Object value, String partnership) {
        if (!(value instanceof Number number)) {
            return "";
        }
        String currency = currencies.apply(partnership);
        return Formats.home().amount(new BigDecimal(number.toString()), currency);
    }
}
