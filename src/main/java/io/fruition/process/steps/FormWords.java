package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.SPONSOR_SIDE;
import static io.fruition.process.IdeaProcess.SPONSOR_SIDE_WORDS;

import java.math.BigDecimal;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.wording.Formats;

/**
 * Values the forms' text shows, written as people read them ({@code EUR 60,000}, "supplier"), for the BPMN's input
 * parameters: {@code ${formWords.amount(oneOffCost, partnership)}}. The raw values stay in the process for its
 * decisions; only the words for reading are added.
 */
@Component("formWords")
public class FormWords {

    private final Function<String, String> currencies;

    @Autowired
    FormWords(Partnerships partnerships) {
        this(prefix -> partnerships.byPrefix(prefix).map(Partnership::getCurrency).orElse(""));
    }

    /** With the currency of each partnership given, for process tests without the partnership module. */
    public FormWords(Function<String, String> currencies) {
        this.currencies = currencies;
    }

    /** The partnership's currency code ("EUR"), for a form that asks for an amount in it. */
    public String currency(String partnership) {
        return currencies.apply(partnership);
    }

    /**
     * The side a sponsor approves for, in words ("supplier"), for the sponsor's form: a task listener, because the
     * multi-instance element variable is only set once the inner activity runs, after its input mappings.
     */
    public void sponsorSide(DelegateTask task) {
        Side side = SPONSOR_SIDE.from(task);
        SPONSOR_SIDE_WORDS.on(task).setLocal(side == null ? "" : Formats.words(side));
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
