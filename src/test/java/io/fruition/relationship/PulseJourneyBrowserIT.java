package io.fruition.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;


import io.fruition.process.task.ProcessSteps;
import io.fruition.process.PulseProcess;
import io.fruition.process.PulseProcess.Element;
import io.fruition.pulse.PlanState;
import io.fruition.pulse.ActionPlans;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseRound;
import io.fruition.pulse.PulseRounds;
import io.fruition.pulse.RoundState;
import io.fruition.support.Accessibility;
import io.fruition.support.Browser;
import io.fruition.support.BrowserTest;

/**
 * A pulse round through the UI only, as the people who live it, in NorthGas: sam starts a round and predicts
 * the customer's view, carl rates the partnership, the round closes when its time is up (the clock is moved),
 * sam answers with an action plan, nora agrees it, and the pulse page shows the new score beside sam's prediction.
 * It runs in a JVM of its own (failsafe execution "pulse-journey"), as it closes the demo's open round. Screenshots
 * go to {@code target/screenshots/pulse/}, and axe-core checks the pulse and commitments pages and a pulse task.
 */
class PulseJourneyBrowserIT extends BrowserTest {

    @Autowired
    PulseRounds rounds;
    @Autowired
    PulseResults results;
    @Autowired
    ActionPlans plans;
    @Autowired
    ProcessSteps steps;

    private int shots;
    private final Accessibility accessibility = new Accessibility();

    @Test
    void a_round_from_the_suppliers_prediction_to_an_agreed_plan_and_a_new_score_beside_the_gap() {
        // The demo's round 4 runs out of time first (the clock moved): a new round can begin.
        steps.fireTimer(PulseProcess.businessKey("NG", 4), Element.ROUND_CLOSES);

        signIn("sam");
        driver.get(url("/pulse"));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("pulse-start"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pulse-current-state"), "Round 5 has started"));
        shot("sam-started-round-5");
        axe("pulse page");
        PulseRound round = rounds.running("NG").orElseThrow();
        assertThat(round.number()).isEqualTo(5);

        work("sam", "Predict the customer's view", () -> {
            scores(7, 7, 7, 7, 7);
            radio("field-predictionConfidence", "Fairly");
        });
        assertThat(rounds.get(round.id()).state()).as("the only predictor has predicted: the customer is asked")
                .isEqualTo(RoundState.OPEN);

        work("carl", "Rate the partnership", () -> {
            axe("rating task");
            scores(6, 5, 7, 6, 4);
            type("field-deliveryComment", "textarea", "Reports are late again this quarter.");
            click(driver.findElement(By.cssSelector("#field-mayQuote input")));
        });
        // Two more of the customer's members answer (the round needs three to show scores); nils does not.
        String key = PulseProcess.businessKey("NG", 5);
        steps.complete("nora", key, Element.RATE_PARTNERSHIP, RelationshipFixture.rating(RelationshipFixture.s(
                6, 6, 7, 7, 5), false));
        steps.complete("cathy", key, Element.RATE_PARTNERSHIP, RelationshipFixture.rating(RelationshipFixture.s(
                7, 6, 7, 6, 5), false));
        // The round's time is up.
        steps.fireTimer(key, Element.ROUND_CLOSES);
        assertThat(rounds.get(round.id()).state()).isEqualTo(RoundState.CLOSED);

        LocalDate due = LocalDate.now().plusWeeks(3);
        work("sam", "Respond with an action plan", () -> {
            assertThat(driver.findElement(By.id("task-form")).getText()).contains("Delivery quality");
            type("field-planSummary", "textarea", "Reports are late: from now on the delivery report goes out on "
                    + "the first working day of every month.");
            type("field-planActions-0-title", "input", "Send the delivery report on the first working day");
            WebElement owner = driver.findElement(By.cssSelector("#field-planActions-0-owner input"));
            owner.sendKeys("Steve Stone, supplier");
            owner.sendKeys(Keys.ENTER);
            driver.findElement(By.cssSelector("#field-planActions-0-dueOn input"))
                    .sendKeys(due.format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US)), Keys.ENTER);
        });
        assertThat(plans.ofRound(round.id()).orElseThrow().state()).isEqualTo(PlanState.AWAITING_AGREEMENT);

        work("nora", "Agree the action plan", () -> {
            assertThat(driver.findElement(By.id("task-form")).getText()).contains("first working day");
            radio("field-planAgreement", "Agree the plan");
        });
        assertThat(plans.ofRound(round.id()).orElseThrow().state()).isEqualTo(PlanState.AGREED);

        driver.get(url("/pulse"));
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pulse-score-summary")));
        var result = results.of("nora", round.id());
        assertThat(summary.getText()).startsWith("The relationship score is " + PulseResults.plain(result.score())
                + " out of 10 (round 5)");
        String gap = driver.findElement(By.id("pulse-gap")).getText();
        assertThat(gap).contains("Perception gap").contains("Sam Sutherland");
        assertThat(driver.findElement(By.id("pulse-round-detail")).getText()).contains("Delivery quality")
                .contains("Reports are late again this quarter.").contains("Carl Christensen");
        assertThat(driver.findElement(By.id("pulse-plan-5")).getText()).contains("Agreed: actions under way")
                .contains("Send the delivery report on the first working day").contains("Steve Stone");
        shot("nora-sees-the-new-score-and-the-gap");
        axe("pulse page after the round");

        driver.get(url("/commitments"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("commitments-grid")));
        shot("nora-commitments");
        axe("commitments page");

        assertThat(accessibility.report("pulse/axe-findings.txt")).as("serious or critical WCAG 2 A/AA violations").isEmpty();
    }

    /** Signs in as the person, opens the task from the bell, fills it and completes it. */
    private void work(String username, String step, Runnable fill) {
        driver.manage().deleteAllCookies();
        signIn(username);
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("notification-bell"))));
        WebElement notice = wait.until(d -> d.findElements(By.cssSelector("#notification-list a")).stream()
                .filter(a -> a.getText().startsWith("Pulse round 5: ") && a.getText().endsWith(": " + step))
                .findFirst().orElse(null));
        click(notice);
        wait.until(ExpectedConditions.textToBe(By.id("task-title"), step));
        waitForVaadin();
        List<WebElement> claim = driver.findElements(By.id("claim-task"));
        if (!claim.isEmpty()) {
            click(claim.get(0));
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.id("complete-task")));
        fill.run();
        waitForVaadin();
        shot(username + "-" + step.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        click(driver.findElement(By.id("complete-task")));
        wait.until(ExpectedConditions.urlMatches(".*/tasks/?(\\?.*)?$"));
        waitForVaadin();
    }

    private void scores(int... scores) {
        String[] keys = {"value", "innovation", "understanding", "responsiveness", "delivery"};
        for (int i = 0; i < keys.length; i++) {
            type("field-" + keys[i] + "Score", "input", String.valueOf(scores[i]));
        }
    }

    private void shot(String name) {
        Browser.screenshot(driver, String.format(Locale.ROOT, "pulse/%02d-%s", ++shots, name));
    }

    private void axe(String page) {
        waitForVaadin();
        accessibility.check(driver, page);
    }
}
