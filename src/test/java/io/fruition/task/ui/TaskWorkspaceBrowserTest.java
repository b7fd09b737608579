package io.fruition.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Side;
import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.review.BoardVotes;
import io.fruition.support.Browser;
import io.fruition.support.BrowserTest;
import io.fruition.support.Estimates;
import io.fruition.valuation.ValueEstimates;

/** Human tasks done in a real browser, as the demo members would do them. */
class TaskWorkspaceBrowserTest extends BrowserTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;
    @Autowired
    BoardVotes votes;
    @Autowired
    ValueEstimates estimates;

    @Test
    void a_board_member_opens_the_inbox_picks_the_vote_task_fills_the_form_and_completes_it() {
        Idea idea = toBoard();
        signIn("cathy");
        driver.get(url("/tasks"));

        WebElement row = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(idea.getNumber())).findFirst().orElse(null));
        row.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));
        assertThat(driver.findElement(By.id("task-title")).getText()).isEqualTo("Vote on the idea");
        Browser.screenshot(driver, "task-vote-cathy");

        radio("field-vote", "Approve");
        type("field-voteReason", "textarea", "Both depots gain from it.");
        click(driver.findElement(By.id("complete-task")));

        wait.until(ExpectedConditions.urlContains("/tasks"));
        wait.until(d -> votes.ofRound(idea.getId(), 1).stream().anyMatch(v -> v.voter().equals("cathy")));
        Browser.screenshot(driver, "inbox-after-vote");
    }

    @Test
    void an_estimator_claims_the_estimate_task_and_completes_it() {
        Idea idea = submit();
        steps.complete("nora", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        signIn("carl");
        driver.get(url("/tasks/" + taskId(idea, IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE)));

        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-task"))));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("complete-task")));
        fillEstimate("40000", "60000", "90000", "8000");
        Browser.screenshot(driver, "task-estimate-carl");
        click(driver.findElement(By.id("complete-task")));

        wait.until(d -> estimates.of(idea.getId(), Side.CUSTOMER).isPresent());
        assertThat(estimates.of(idea.getId(), Side.CUSTOMER).orElseThrow().getBenefitLikely()).isEqualByComparingTo("60000");
    }

    @Test
    void invalid_input_shows_the_fields_message_and_completes_nothing() {
        Idea idea = submit();
        steps.claim("nora", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA);
        signIn("nora");
        driver.get(url("/tasks/" + taskId(idea, IdeaProcess.Element.SCREEN_IDEA)));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("complete-task")));
        radio("field-screeningDecision", "Reject");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("field-rejectionReason")));
        click(driver.findElement(By.id("complete-task")));

        WebElement reason = driver.findElement(By.id("field-rejectionReason"));
        wait.until(d -> reason.getDomAttribute("invalid") != null);
        assertThat(reason.getDomProperty("errorMessage")).isEqualTo("Reason for rejection is required.");
        Browser.screenshot(driver, "task-invalid-input");
        assertThat(steps.isWaitingAt(idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA)).isTrue();
    }

    private String taskId(Idea idea, String step) {
        return steps.taskIdAt(idea.getNumber(), step);
    }

    private Idea toBoard() {
        Idea idea = submit();
        String n = idea.getNumber();
        steps.complete("nora", n, IdeaProcess.Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        steps.complete("carl", n, IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE, Estimates.typical());
        steps.complete("steve", n, IdeaProcess.Element.ESTIMATE_SUPPLIER_VALUE, Estimates.typical());
        return idea;
    }


    private Idea submit() {
        return ideas.submit("pat", new IdeaSubmission("NG", "Browser workspace idea " + SEQ.incrementAndGet(),
                "Depot keys are handed over on paper lists.", "Use the access-control system.", "Fewer lost keys."));
    }

}
