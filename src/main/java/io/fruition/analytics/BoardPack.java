package io.fruition.analytics;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import io.fruition.analytics.Portfolio.Bubble;
import io.fruition.analytics.Portfolio.FunnelStage;
import io.fruition.analytics.Portfolio.OriginCount;
import io.fruition.analytics.Portfolio.RealisedYear;
import io.fruition.analytics.Portfolio.Spread;
import io.fruition.partnership.Side;
import io.fruition.commitment.CommitmentActuals;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseResults.RoundResult;
import io.fruition.wording.Formats;

/**
 * The portfolio of one partnership on one landscape A4 page, for a steering meeting: the headline value per side,
 * the funnel, where ideas wait, the most valuable ideas and the value realised. Long lists are cut to their top
 * rows so that it always fits one page.
 */
public final class BoardPack {

    static final int TOP_IDEAS = 8;
    static final int MAX_YEARS = 5;
    static final int MAX_ROUNDS = 4;
    private static final Color HEAD = new Color(0x1a, 0x39, 0x60);
    private static final Color SHADE = new Color(0xee, 0xf2, 0xf7);
    /**
     * DejaVu Sans where the machine has it (Debian's fonts-dejavu-core), embedded so that Cyrillic, Greek and other
     * non-Latin titles print; Helvetica, which covers Western European text only, otherwise.
     */
    private static final BaseFont REGULAR = font("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", BaseFont.HELVETICA);
    private static final BaseFont BOLD = font("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            BaseFont.HELVETICA_BOLD);
    private static final Font TITLE = new Font(BOLD, 15, Font.NORMAL, HEAD);
    private static final Font SUBTITLE = new Font(REGULAR, 9, Font.NORMAL, Color.DARK_GRAY);
    private static final Font SECTION = new Font(BOLD, 9.5f, Font.NORMAL, HEAD);
    private static final Font CELL = new Font(REGULAR, 7f);
    private static final Font CELL_BOLD = new Font(BOLD, 7f);
    private static final Font FIGURE = new Font(BOLD, 13, Font.NORMAL, HEAD);

    private static BaseFont font(String file, String fallback) {
        try {
            if (Files.isReadable(Path.of(file))) {
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            return BaseFont.createFont(fallback, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BoardPack() {
    }

    public static byte[] render(Portfolio portfolio, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 24, 20);
        PdfWriter.getInstance(document, out);
        document.addTitle("Board pack " + portfolio.partnershipName());
        document.addCreator("Fruition");
        document.open();
        document.add(new Paragraph(portfolio.partnershipName() + " — innovation portfolio", TITLE));
        document.add(new Paragraph("Ideas submitted " + portfolio.range().describe() + " · prepared "
                + Formats.home().date(today) + " · amounts in "
                + portfolio.currency() + " per year unless stated", SUBTITLE));
        document.add(headline(portfolio));

        PdfPTable columns = new PdfPTable(new float[] {1f, 1f});
        columns.setWidthPercentage(100);
        columns.setSpacingBefore(6);
        PdfPCell left = plain();
        PdfPCell right = plain();
        left.addElement(section("Funnel: ideas that reached each stage"));
        left.addElement(funnel(portfolio));
        left.addElement(section("Where ideas wait: time from submission"));
        left.addElement(responsiveness(portfolio));
        left.addElement(section("Origin of ideas"));
        left.addElement(origin(portfolio.origin().bySide()));
        right.addElement(section("Value realised by year of acceptance (like for like)"));
        right.addElement(realised(portfolio));
        right.addElement(section("Most valuable ideas for both sides (" + Math.min(TOP_IDEAS,
                portfolio.valueMap().bubbles().size()) + " of " + portfolio.valueMap().total() + " valued)"));
        right.addElement(topIdeas(portfolio));
        right.addElement(section("The relationship: the customer's score by pulse round"));
        right.addElement(relationship(portfolio));
        left.addElement(section("Commitments"));
        left.addElement(commitments(portfolio));
        columns.addCell(left);
        columns.addCell(right);
        document.add(columns);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable headline(Portfolio portfolio) {
        PdfPTable table = new PdfPTable(5);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        var realised = portfolio.valueRealised();
        figure(table, money(realised.realised(Side.CUSTOMER), portfolio.currency()), "realised per year for the customer");
        figure(table, money(realised.realised(Side.SUPPLIER), portfolio.currency()), "realised per year for the supplier");
        figure(table, String.valueOf(portfolio.funnel().submitted()), "ideas submitted");
        Double share = portfolio.funnel().reachedDeliveryPercent();
        figure(table, share == null ? "–" : share + " %", "of submitted ideas reached delivery");
        figure(table, String.valueOf(portfolio.responsiveness().lateScreenings()),
                "waiting beyond the " + portfolio.responsiveness().screeningSlaWorkingDays() + "-working-day screening SLA");
        return table;
    }

    private static void figure(PdfPTable table, String value, String label) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(SHADE);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(5);
        cell.addElement(new Paragraph(value, FIGURE));
        cell.addElement(new Paragraph(label, CELL));
        table.addCell(cell);
    }

    private static PdfPTable funnel(Portfolio portfolio) {
        PdfPTable table = grid(new float[] {3, 2, 2, 2}, "Stage", "Reached", "There now", "Conversion");
        for (FunnelStage stage : portfolio.funnel().stages()) {
            row(table, stage.stage().label(), count(stage.reached()), count(stage.now()),
                    stage.conversionPercent() == null ? "" : stage.conversionPercent() + " %");
        }
        return table;
    }

    private static PdfPTable responsiveness(Portfolio portfolio) {
        PdfPTable table = grid(new float[] {4, 1.3f, 1.6f, 1.6f}, "From submission to", "Ideas", "Median",
                "90th pct.");
        var r = portfolio.responsiveness();
        for (Spread spread : List.of(r.toScreeningDecision(), r.toBoardDecision())) {
            row(table, spread.what(), count(spread.count()), days(spread.medianDays()), days(spread.p90Days()));
        }
        for (var step : r.openSteps().stream().filter(s -> s.overdue() > 0).limit(4).toList()) {
            row(table, "Open now, past due: " + step.step(), count(step.overdue()), "", "");
        }
        return table;
    }

    private static PdfPTable origin(List<OriginCount> counts) {
        PdfPTable table = grid(new float[] {3, 2, 2}, "Side", "Ideas", "Approved");
        for (OriginCount c : counts) {
            row(table, c.origin(), count(c.ideas()), count(c.approved()));
        }
        return table;
    }

    private static PdfPTable realised(Portfolio portfolio) {
        String cur = portfolio.currency();
        PdfPTable table = grid(new float[] {1f, 1.5f, 1.5f, 2, 2, 2, 2}, "Year", "Accepted", "Reviewed",
                "Customer est.", "Customer real.", "Supplier est.", "Supplier real.");
        List<RealisedYear> years = portfolio.valueRealised().years();
        for (RealisedYear y : years.subList(Math.max(0, years.size() - MAX_YEARS), years.size())) {
            row(table, String.valueOf(y.year()), count(y.delivered()), count(y.reviewed()),
                    money(y.customerEstimated(), cur), money(y.customerRealised(), cur),
                    money(y.supplierEstimated(), cur), money(y.supplierRealised(), cur));
        }
        if (years.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("No delivery was accepted in this period.", CELL));
            none.setColspan(7);
            table.addCell(none);
        }
        return table;
    }

    private static PdfPTable topIdeas(Portfolio portfolio) {
        String cur = portfolio.currency();
        PdfPTable table = grid(new float[] {1.8f, 4.2f, 1.7f, 1.8f, 1.8f, 1.6f}, "Idea", "Title", "Priority",
                "Customer", "Supplier", "Cost");
        List<Bubble> top = portfolio.valueMap().bubbles().stream().limit(TOP_IDEAS).toList();
        for (Bubble b : top) {
            row(table, b.number(), shorten(b.title(), 60), b.priority().label(), money(b.customerValue(), cur),
                    money(b.supplierValue(), cur), money(b.oneOffCost(), cur));
        }
        if (top.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("No idea has both sides' estimates yet.", CELL));
            none.setColspan(6);
            table.addCell(none);
        }
        return table;
    }

    private static PdfPTable relationship(Portfolio portfolio) {
        PdfPTable table = grid(new float[] {1.2f, 1.6f, 1.4f, 1.4f, 1.4f}, "Round", "Closed", "Answered", "Score",
                "Predicted");
        List<RoundResult> rounds = portfolio.relationship().rounds();
        for (RoundResult r : rounds.subList(Math.max(0, rounds.size() - MAX_ROUNDS), rounds.size())) {
            row(table, String.valueOf(r.round().number()), r.round().closedAt() == null ? ""
                    : Formats.home().date(r.round().closedAt()), r.answered() + " of " + r.invited(),
                    r.shown() ? PulseResults.plain(r.score()) : "too few", PulseResults.plain(r.predictedScore()));
        }
        if (rounds.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("No pulse round has closed yet.", CELL));
            none.setColspan(5);
            table.addCell(none);
        }
        return table;
    }

    private static PdfPTable commitments(Portfolio portfolio) {
        PdfPTable table = grid(new float[] {4.2f, 3.2f, 1.3f}, "Commitment", "Actual", "Mark");
        for (CommitmentActuals.Progress p : portfolio.relationship().commitments()) {
            row(table, shorten(p.what(), 70), shorten(p.actualText(), 50), p.mark().label());
        }
        if (portfolio.relationship().commitments().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("No commitment is in force.", CELL));
            none.setColspan(3);
            table.addCell(none);
        }
        return table;
    }

    private static Paragraph section(String title) {
        Paragraph p = new Paragraph(title, SECTION);
        p.setSpacingBefore(6);
        p.setSpacingAfter(3);
        return p;
    }

    private static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingRight(8);
        return cell;
    }

    private static PdfPTable grid(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, CELL_BOLD));
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        return table;
    }

    private static void row(PdfPTable table, String... cells) {
        boolean first = true;
        for (String text : cells) {
            PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
            boolean number = !text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '–');
            cell.setHorizontalAlignment(first || !number ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setNoWrap(first);
            table.addCell(cell);
            first = false;
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String count(long n) {
        return Formats.home().whole(BigDecimal.valueOf(n));
    }

    /** {@code EUR 46,667}, as every page and e-mail writes amounts. */
    static String money(BigDecimal amount, String currency) {
        return Formats.home().amount(amount == null ? BigDecimal.ZERO : amount, currency);
    }

    private static String days(Double days) {
        return days == null ? "–" : days + " d";
    }
}
