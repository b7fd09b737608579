package io.fruition.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV that a spreadsheet reads back exactly and never executes. */
class CsvTest {

    @Test
    void commas_quotes_newlines_and_non_latin_text_round_trip() throws Exception {
        List<String> tricky = List.of("plain", "a, b", "say \"hello\"", "two\nlines", "crlf\r\nline", "Грузия 東京 عربى",
                "  padded  ", "");
        Table table = new Table("Tricky", List.of("Text"), tricky.stream().<List<Object>>map(List::of).toList());

        List<CSVRecord> records = parse(Csv.of(table));

        assertThat(records.get(0).get(0)).isEqualTo("Text");
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(0)).containsExactlyElementsOf(tricky);
    }

    @Test
    void text_a_spreadsheet_would_take_for_a_formula_is_neutralised() throws Exception {
        List<String> formulas = List.of("=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "\tTAB", "=HYPERLINK(\"http://x\")");
        Table table = new Table("Formulas", List.of("=Header"), formulas.stream().<List<Object>>map(List::of).toList());

        List<CSVRecord> records = parse(Csv.of(table));

        assertThat(records.get(0).get(0)).isEqualTo("'=Header");
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(0))
                .containsExactlyElementsOf(formulas.stream().map(f -> "'" + f).toList());
    }

    @Test
    void numbers_stay_numbers_and_empty_cells_stay_empty() throws Exception {
        Table table = new Table("Numbers", List.of("Amount", "Count", "Share", "Nothing"),
                List.of(Arrays.asList(new BigDecimal("-1500.00"), 42L, 66.7, null)));

        CSVRecord row = parse(Csv.of(table)).get(1);

        assertThat(row.values()).containsExactly("-1500", "42", "66.7", "");
    }

    @Test
    void records_end_with_crlf_and_the_file_starts_with_a_byte_order_mark() {
        byte[] csv = Csv.of(new Table("T", List.of("A", "B"), List.of(List.of("x", "y"))));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFA,B\r\nx,y\r\n");
        assertThat(Csv.fileName("NG", "Time in each stage")).isEqualTo("ng-time-in-each-stage.csv");
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8)).getRecords();
    }
}
