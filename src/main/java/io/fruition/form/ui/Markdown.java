package io.fruition.form.ui;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown of form-js text components as safe HTML: raw HTML in the text is escaped and link targets with
 * unsafe schemes (javascript:, data:, vbscript:) are removed, so a form can never run script in the browser.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    static String toHtml(String markdown) {
        return "<div class=\"form-text\">" + RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)) + "</div>";
    }
}
