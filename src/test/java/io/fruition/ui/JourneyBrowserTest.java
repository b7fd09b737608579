package io.fruition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;


import io.fruition.idea.Drafts;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess;
import io.fruition.process.task.ProcessSteps;
import io.fruition.support.Accessibility;
import io.fruition.support.Browser;
import io.fruition.support.BrowserTest;

/**
 * The everyday journey: one new idea taken from submission to realised by its eight people through the UI only,
 * each finding the task where a newcomer looks first (the dashboard, or the bell), with bad input tried where a
 * form relates fields; the clock is moved for the 90-day benefits review. A screenshot per step goes to
 * {@code target/screenshots/journey/}, and Deque's axe-core (WCAG 2 A and AA rules) checks every main page on the
 * way: no serious or critical violation.
 */
class JourneyBrowserTest extends BrowserTest {

    private static final Pattern NUMBER = Pattern.compile("^(NG-\\d+) · ");

    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;
    @Autowired
    Drafts drafts;

    private int shots;
    private final Accessibility accessibility = new Accessibility();
    private final List<String> foundBy = new ArrayList<>();

    @Test
    void one_new_idea_walks_from_submission_to_realised_through_the_ui_as_its_eight_people() {
        drafts.discard("pat");
        signIn("pat");
        shot("pat-dashboard");
        axe("dashboard");
        driver.get(url("/ideas/new"));
        type("submit-title", "input", "Chat form for depot key requests");
        type("submit-problem", "textarea", "Key requests reach the depots by phone and get lost on the way.");
        type("submit-proposal", "textarea", "A chat form that routes each request to the right depot's desk.");
        type("submit-benefit", "textarea", "Fewer lost requests for the customer, fewer calls for the supplier.");
        waitForVaadin();
        shot("pat-submits");
        axe("submit an idea");
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", driver.findElement(By.id("submit-idea")));
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idea-title")));
        Matcher m = NUMBER.matcher(heading.getText());
        assertThat(m.find()).as(heading.getText()).isTrue();
        String n = m.group(1);
        shot("pat-idea-page");
        axe("idea page");

        work("nora", n, "Screen the idea", "Record the screening decision", () -> {
            radio("field-screeningDecision", "Accept");
            type("field-screeningNote", "textarea", "A clear problem; both sides gain.");
        });
        assertThat(status(n)).isEqualTo(IdeaStatus.IN_VALUATION);

        work("carl", n, "Estimate the value for the customer", null, () -> {
            fillEstimate("90000", "50000", "120000", "-5");
            click(driver.findElement(By.id("complete-task")));
            wait.until(d -> d.findElement(By.id("field-benefitLow")).getDomAttribute("invalid") != null);
            assertThat(driver.findElement(By.id("field-benefitLow")).getDomProperty("errorMessage"))
                    .isEqualTo("The low estimate (90,000) is higher than the likely estimate (50,000).");
            assertThat(driver.findElement(By.id("field-benefitLikely")).getDomAttribute("invalid"))
                    .as("both fields of the cross-field rule are marked").isNotNull();
            assertThat(driver.findElement(By.id("field-oneOffCost")).getDomProperty("errorMessage"))
                    .as("in the same round, in the task's words").isEqualTo("The one-off cost cannot be negative (-5).");
            assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                    "return !!document.activeElement && !!document.activeElement.closest('#field-benefitLow');"))
                    .as("the focus is on the first problem").isTrue();
            shot("carl-estimate-problems");
            retype("field-benefitLow", "input", "30000");
            retype("field-oneOffCost", "input", "8000");
        });
        work("steve", n, "Estimate the value for the supplier", null, () -> {
            assertThat(driver.findElement(By.id("task-form")).getText()).as("the currency by name")
                    .contains("per year for your side, in EUR.").doesNotContain("partnership's currency");
            fillEstimate("10000", "20000", "35000", "12000");
        });
        assertThat(status(n)).isEqualTo(IdeaStatus.IN_REVIEW);

        for (String voter : List.of("carl", "cathy", "steve", "sue")) {
            work(voter, n, "Vote on the idea", null, () -> {
                radio("field-vote", "Approve");
                type("field-voteReason", "textarea", "Worth it for both sides.");
            });
        }
        assertThat(status(n)).isEqualTo(IdeaStatus.AWAITING_SPONSOR);

        work("sue", n, "Approve the investment", null, () -> {
            assertThat(driver.findElement(By.id("task-form")).getText()).as("the amount in words")
                    .contains("EUR 12,000").contains("As the sponsor for the supplier");
            radio("field-sponsorDecision", "Approve");
        });
        assertThat(status(n)).isEqualTo(IdeaStatus.APPROVED);

        LocalDate today = LocalDate.now();
        work("dave", n, "Plan the delivery", null, () -> {
            WebElement target = driver.findElement(By.cssSelector("#field-deliveryTargetDate input"));
            target.sendKeys(today.plusMonths(2).format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US)), Keys.ENTER);
            assertThat(driver.findElements(By.cssSelector("#field-milestones vaadin-date-picker")))
                    .as("a date picker for each milestone, no typed dates").hasSize(2);
            DateTimeFormatter picker = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
            driver.findElement(By.cssSelector("#field-milestones-0-dueOn input"))
                    .sendKeys(today.plusWeeks(3).format(picker), Keys.ENTER);
            type("field-milestones-0-title", "input", "Pilot at two depots");
            driver.findElement(By.cssSelector("#field-milestones-1-dueOn input"))
                    .sendKeys(today.plusWeeks(6).format(picker), Keys.ENTER);
            type("field-milestones-1-title", "input", "Roll-out to every depot");
        });
        assertThat(status(n)).isEqualTo(IdeaStatus.IN_DELIVERY);

        work("dave", n, "Report progress", null, () -> {
            assertThat(driver.findElement(By.id("task-context")).getText()).as("the plan is shown with the report")
                    .contains("Pilot at two depots").contains("Roll-out to every depot");
            radio("field-rag", "On track");
            type("field-percentComplete", "input", "100");
            type("field-progressSummary", "textarea", "Live at every depot since Monday.");
            for (WebElement tick : driver.findElements(By.cssSelector("#field-milestonesDone vaadin-checkbox"))) {
                click(tick.findElement(By.tagName("input")));
            }
            click(driver.findElement(By.cssSelector("#field-deliveryFinished input")));
        });
        work("nora", n, "Accept the delivery", null, () -> {
            assertThat(driver.findElement(By.id("task-context")).getText()).as("what was agreed is shown")
                    .contains("Pilot at two depots");
            radio("field-acceptance", "Accept");
        });
        assertThat(status(n)).isEqualTo(IdeaStatus.DELIVERED);

        // The benefits review follows 90 days after acceptance: the test moves the clock by firing its timer.
        steps.fireTimer(n, IdeaProcess.Element.BENEFITS_REVIEW_DUE);
        work("nora", n, "Record the customer's realised benefit", null, () -> {
            assertThat(driver.findElement(By.id("task-form")).getText()).contains("the customer side")
                    .contains("In EUR, per year.");
            type("field-realisedBenefit", "input", "55000");
        });
        work("sam", n, "Record the supplier's realised benefit", null,
                () -> type("field-realisedBenefit", "input", "30000"));
        assertThat(status(n)).isEqualTo(IdeaStatus.REALISED);

        switchTo("pat");
        driver.get(url("/ideas/" + n));
        wait.until(ExpectedConditions.textToBe(By.id("idea-status"), "Realised"));
        shot("pat-sees-it-realised");
        axe("realised idea page");
        for (String page : List.of("/tasks", "/ideas", "/portfolio")) {
            driver.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
            waitForVaadin();
            shot("pat" + page.replace('/', '-'));
            axe(page);
        }
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        axe("sign-in");

        ((JavascriptExecutor) driver).executeScript(
                "const planted = document.createElement('img'); planted.src = 'planted.png'; document.body.append(planted);");
        assertThat(Accessibility.violations(driver))
                .as("the check finds an image without a text alternative planted on purpose")
                .anyMatch(rule -> rule.getId().equals("image-alt"));
        List<String> inaccessible = accessibility.report("journey/axe-findings.txt");
        assertThat(foundBy).as("each person found the task from the dashboard or the bell").hasSize(13);
        assertThat(inaccessible).as("serious or critical WCAG 2 A/AA violations").isEmpty();
    }

    /** Signs in as the person, finds the task for the idea and step, fills it and completes it. */
    private void work(String username, String number, String step, String button, Runnable fill) {
        switchTo(username);
        foundBy.add(username + " " + step + ": " + openTask(number, step));
        assertThat(driver.findElement(By.id("task-title")).getText()).isEqualTo(step);
        List<WebElement> claim = driver.findElements(By.id("claim-task"));
        if (!claim.isEmpty()) {
            click(claim.get(0));
        }
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.id("complete-task")));
        if (button != null) {
            assertThat(complete.getText()).startsWith(button);
        }
        if (shots < 6) {
            axe("task view");
        }
        fill.run();
        waitForVaadin();
        shot(username + "-" + step.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        click(driver.findElement(By.id("complete-task")));
        wait.until(ExpectedConditions.urlMatches(".*/tasks/?(\\?.*)?$"));
        waitForVaadin();
    }

    /** The dashboard's open tasks first; where the idea is not among the most urgent there, the bell. */
    private String openTask(String number, String step) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-tasks")));
        waitForVaadin();
        Optional<WebElement> row = driver.findElements(By.cssSelector("#open-tasks vaadin-grid-cell-content a")).stream()
                .filter(a -> a.getText().equals(number)).findFirst();
        String how;
        if (row.isPresent()) {
            click(row.get());
            how = "dashboard";
        } else {
            click(driver.findElement(By.id("notification-bell")));
            WebElement notice = wait.until(d -> d.findElements(By.cssSelector("#notification-list a")).stream()
                    .filter(a -> a.getText().startsWith(number + " ") && a.getText().endsWith(": " + step))
                    .findFirst().orElse(null));
            click(notice);
            how = "bell";
        }
        wait.until(ExpectedConditions.textToBe(By.id("task-title"), step));
        waitForVaadin();
        return how;
    }

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        signIn(username);
    }

    private IdeaStatus status(String number) {
        return ideas.byNumbers(List.of(number)).get(number).getStatus();
    }

    private void shot(String name) {
        Browser.screenshot(driver, String.format(Locale.ROOT, "journey/%02d-%s", ++shots, name));
    }

    private void axe(String page) {
        waitForVaadin();
        accessibility.check(driver, page);
    }
}
