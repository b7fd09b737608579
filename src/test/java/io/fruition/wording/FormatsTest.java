package io.fruition.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import io.fruition.idea.IdeaStatus;
import io.fruition.partnership.Side;

/** Amounts and dates read the same wherever they appear, in the reader's locale. */
class FormatsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void an_estimate_reads_in_the_partnerships_currency_grouped_and_without_cents() {
        Formats uk = Formats.of(Locale.UK, ZONE);
        assertThat(uk.perYear(new BigDecimal("46666.67"), "EUR")).isEqualTo("EUR 46,667 a year");
        assertThat(uk.amount(new BigDecimal("60000.0"), "EUR")).isEqualTo("EUR 60,000");
        assertThat(uk.score(new BigDecimal("51424.17"))).isEqualTo("51,424");
        assertThat(uk.amount(new BigDecimal("0.5"), "GBP")).as("half up").isEqualTo("GBP 1");
        assertThat(uk.amount(null, "EUR")).isEmpty();

        Formats german = Formats.of(Locale.GERMANY, ZONE);
        assertThat(german.perYear(new BigDecimal("46666.67"), "EUR")).isEqualTo("EUR 46.667 a year");
    }

    @Test
    void a_date_has_one_style_per_locale_for_days_and_instants_alike() {
        LocalDate day = LocalDate.of(2026, 12, 9);
        Instant instant = day.atTime(7, 13).atZone(ZONE).toInstant();

        Formats uk = Formats.of(Locale.UK, ZONE);
        assertThat(uk.date(day)).isEqualTo("9 Dec 2026").isEqualTo(uk.date(instant));
        assertThat(uk.dateTime(instant)).isEqualTo("9 Dec 2026, 07:13");

        Formats us = Formats.of(Locale.US, ZONE);
        assertThat(us.date(day)).isEqualTo("Dec 9, 2026").isEqualTo(us.date(instant));
        assertThat(us.dateTime(instant)).startsWith("Dec 9, 2026, 7:13");
    }

    @Test
    void codes_read_as_words() {
        assertThat(Formats.words(Side.SUPPLIER)).isEqualTo("supplier");
        assertThat(Formats.words(IdeaStatus.IN_REVIEW)).isEqualTo("in review");
        assertThat(Formats.words(null)).isEmpty();
    }

    @Test
    void a_refusal_is_written_for_the_person_whose_request_it_is_and_for_home_outside_a_request() {
        LocalDate day = LocalDate.of(2026, 12, 9);
        assertThat(Formats.forThisRequest().date(day)).as("no request: home").isEqualTo("9 Dec 2026");
        LocaleContextHolder.setLocale(Locale.US);
        try {
            assertThat(Formats.forThisRequest().date(day)).isEqualTo("Dec 9, 2026");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
