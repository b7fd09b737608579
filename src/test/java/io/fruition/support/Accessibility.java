package io.fruition.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core's WCAG 2 A and AA rules, run on the pages a browser journey passes: every finding is kept to be written
 * beside the screenshots for people to read, the serious and critical ones for the journey to refuse.
 */
public final class Accessibility {

    private final List<String> findings = new ArrayList<>();
    private final List<String> serious = new ArrayList<>();

    /** The violations on the page as it is now. */
    public static List<Rule> violations(WebDriver driver) {
        return analyze(driver).getViolations();
    }

    /** Checks the page as it is now (the caller waits for it to settle) and keeps what was found. */
    public void check(WebDriver driver, String page) {
        Results results = analyze(driver);
        assertThat(results.getPasses()).as("axe-core ran on the " + page).isNotEmpty();
        for (Rule rule : results.getViolations()) {
            String what = page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp();
            findings.add(what + ", " + rule.getNodes().size() + " element(s)");
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(what + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList());
            }
        }
    }

    /** Writes every finding under the screenshots' folder and returns the serious and critical ones. */
    public List<String> report(String name) {
        Browser.report(name, findings.isEmpty() ? List.of("No findings.") : findings);
        return List.copyOf(serious);
    }

    private static Results analyze(WebDriver driver) {
        return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(driver);
    }
}
