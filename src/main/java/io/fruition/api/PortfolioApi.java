package io.fruition.api;

import java.io.ByteArrayOutputStream;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.fruition.analytics.Portfolio;
import io.fruition.analytics.PortfolioRange;
import io.fruition.analytics.Portfolios;
import io.fruition.shared.Csv;
import io.fruition.shared.Table;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The portfolio's figures for other systems: every table the portfolio page shows, as JSON, or as one CSV with a
 * row per cell (figure, row, column, value) for a spreadsheet's pivot table.
 */
@RestController
@RequestMapping("/api/portfolio")
@Tag(name = "Portfolio", description = "What the programme produced for each side")
class PortfolioApi {

    static final String CSV = "text/csv";

    private final Portfolios portfolios;
    private final YourPartnership yours;

    PortfolioApi(Portfolios portfolios, YourPartnership yours) {
        this.portfolios = portfolios;
        this.yours = yours;
    }

    @Schema(description = "One figure of the portfolio as the table that carries its numbers.")
    record Figure(@Schema(example = "Funnel", requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"Stage\", \"Reached\"]")
            List<String> columns,
            @ArraySchema(arraySchema = @Schema(description = "Rows of cells: text, numbers, or null for none.",
                    requiredMode = Schema.RequiredMode.REQUIRED),
                    schema = @Schema(type = "array", example = "[\"Submitted\", 12]")) List<List<Object>> rows) {
    }

    @Schema(description = "A partnership's portfolio over a period.")
    record PortfolioFigures(@Schema(example = "NG", requiredMode = Schema.RequiredMode.REQUIRED) String partnership,
            @Schema(example = "Northwind Gas", requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(example = "EUR", requiredMode = Schema.RequiredMode.REQUIRED) String currency,
            @Schema(description = "The period's first day; none for since the first idea.") LocalDate from,
            @Schema(description = "The period's last day; none for up to now.") LocalDate to,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Figure> figures) {
    }

    @GetMapping(produces = "application/json")
    @Operation(operationId = "getPortfolio", summary = "The portfolio's figures",
            description = "Every figure of the portfolio page for the ideas submitted in the period (benefits per "
                    + "year, in the partnership's currency). With `Accept: text/csv`, one CSV with a row per cell.")
    @ApiResponse(responseCode = "200", description = "The figures.", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = PortfolioFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string",
                    example = "figure,row,column,value\r\nFunnel,1,Stage,Submitted\r\n"))})
    PortfolioFigures json(Principal user,
            @Parameter(description = "The partnership; may be left out by a member of only one.", example = "NG")
            @RequestParam(required = false) String partnership,
            @Parameter(description = "From this day on.") @RequestParam(required = false) LocalDate from,
            @Parameter(description = "Up to this day.") @RequestParam(required = false) LocalDate to) {
        Portfolio p = portfolios.of(user.getName(), yours.prefix(user.getName(), partnership),
                new PortfolioRange(from, to));
        return new PortfolioFigures(p.prefix(), p.partnershipName(), p.currency(), from, to,
                p.tables().stream().map(t -> new Figure(t.title(), t.columns(), t.rows())).toList());
    }

    @GetMapping(produces = CSV)
    @Operation(hidden = true)
    ResponseEntity<byte[]> csv(Principal user, @RequestParam(required = false) String partnership,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        PortfolioFigures figures = json(user, partnership, from, to);
        List<List<Object>> cells = new ArrayList<>();
        for (Figure figure : figures.figures()) {
            for (int row = 0; row < figure.rows().size(); row++) {
                List<Object> values = figure.rows().get(row);
                for (int column = 0; column < figure.columns().size(); column++) {
                    cells.add(List.of(figure.title(), row + 1, figure.columns().get(column),
                            column < values.size() && values.get(column) != null ? values.get(column) : ""));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(new Table("Portfolio", List.of("figure", "row", "column", "value"), cells), out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(Csv.fileName(figures.partnership(), "portfolio")).build().toString())
                .body(out.toByteArray());
    }
}
