package io.fruition.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Tables as CSV for spreadsheets: RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte-order mark so that
 * spreadsheet programs read non-Latin text correctly, and text that a spreadsheet would take for a formula
 * (starting with =, +, -, @, a tab or a carriage return) neutralised with a leading apostrophe (OWASP's advice
 * against CSV injection). Numbers stay numbers: a negative amount is not a formula.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private Csv() {
    }

    public static byte[] of(Table table) {
        var out = new ByteArrayOutputStream();
        write(table, out);
        return out.toByteArray();
    }

    public static void write(Table table, OutputStream stream) {
        try {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(table.columns().stream().map(Csv::cell).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(cell(value));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as a spreadsheet must see it. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** A file name for an export: letters, digits and dashes only. */
    public static String fileName(String... parts) {
        return String.join("-", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("(^-|-$)", "") + ".csv";
    }
}
