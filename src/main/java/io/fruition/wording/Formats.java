package io.fruition.wording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Numbers and dates as people write them, for one reader's locale: {@code EUR 46,667} (no cents on estimates, the
 * currency code first), {@code 9 Dec 2026} in the United Kingdom and {@code Dec 9, 2026} in the United States,
 * with the time after the date where a time matters. Where no reader is known (e-mail, the PDF, text written into
 * process variables) {@link #HOME} is used.
 */
public final class Formats {

    /** The locale of text that has no single reader: e-mail, the PDF board pack, the forms' text. */
    public static final Locale HOME = Locale.UK;

    /** What the mutual value score means, in one line, for a hover or a footnote. */
    public static final String SCORE_EXPLAINED = "The mutual value score is the geometric mean of both sides' "
            + "expected yearly benefit: it is high only when both sides gain.";

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Formats(Locale locale, ZoneId zone) {
        this.locale = locale == null ? HOME : locale;
        this.zone = zone == null ? ZoneId.systemDefault() : zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(this.locale);
    }

    public static Formats of(Locale locale) {
        return new Formats(locale, null);
    }

    public static Formats of(Locale locale, ZoneId zone) {
        return new Formats(locale, zone);
    }

    /** The reader's locale these formats write for. */
    public Locale locale() {
        return locale;
    }

    /**
     * For text written for the person whose request this is (a refusal of what they entered): their browser's
     * locale, as Spring's request context holds it; the home locale outside a request (timers, mail, start-up).
     */
    public static Formats forThisRequest() {
        return LocaleContextHolder.getLocaleContext() == null ? home()
                : of(LocaleContextHolder.getLocale());
    }

    /** For text with no single reader. */
    public static Formats home() {
        return new Formats(HOME, null);
    }

    /** {@code EUR 46,667}: whole units, grouped, the currency code first; blank for no amount. */
    public String amount(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return (currency == null || currency.isBlank() ? "" : currency + " ") + whole(amount);
    }

    /** {@code EUR 46,667 a year}. */
    public String perYear(BigDecimal amount, String currency) {
        return amount == null ? "" : amount(amount, currency) + " a year";
    }

    /** A whole number, grouped: {@code 51,424}. */
    public String whole(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return integers().format(value.setScale(0, RoundingMode.HALF_UP));
    }

    /** The mutual value score as a rounded figure; {@link #SCORE_EXPLAINED} says what it means. */
    public String score(BigDecimal score) {
        return whole(score);
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String date(Instant value) {
        return value == null ? "" : date.format(value.atZone(zone));
    }

    public String dateTime(Instant value) {
        return value == null ? "" : dateTime.format(value.atZone(zone));
    }

    /** A code as a word in a sentence: {@code CUSTOMER} → {@code customer}, {@code IN_DELIVERY} → {@code in delivery}. */
    public static String words(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private NumberFormat integers() {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setGroupingUsed(true);
        return format;
    }
}
