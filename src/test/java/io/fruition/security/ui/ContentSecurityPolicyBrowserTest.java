package io.fruition.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.process.task.TaskInbox;
import io.fruition.process.task.TaskSummary;
import io.fruition.security.WebHeaders;
import io.fruition.support.Browser;
import io.fruition.support.BrowserTest;

/**
 * The UI works under its Content-Security-Policy: a member walks from the dashboard through the inbox and a task
 * to the idea page and the portfolio (its ECharts charts drawn as SVG), and the browser refuses nothing on the way.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Autowired
    TaskInbox inbox;

    @Test
    void a_member_walks_the_main_pages_with_no_content_security_policy_violation() {
        TaskSummary task = inbox.openTasksOf("nora", 50).stream().filter(t -> t.ideaNumber() != null).findFirst()
                .orElseThrow();
        List<String> console = new ArrayList<>();

        signIn("nora");
        assertThat(policyOfThisPage()).isTrue();
        console.addAll(Browser.console(driver));
        for (String page : List.of("/tasks", "/tasks/" + task.id(), "/ideas/" + task.ideaNumber(), "/portfolio")) {
            driver.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
            waitForVaadin();
            console.addAll(Browser.console(driver));
        }
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('.echart svg') !== null")));
        console.addAll(Browser.console(driver));
        Browser.screenshot(driver, "portfolio-under-csp");

        assertThat(console).as("the browser's console on the way").noneMatch(line -> line.contains("Content Security Policy")
                || line.contains("Content-Security-Policy") || line.contains("Refused to"));
    }

    /** The page was served with the UI's policy (the browser tells what the server sent, through a fetch). */
    private boolean policyOfThisPage() {
        Object header = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href).then(r => done(r.headers.get('Content-Security-Policy')));");
        return WebHeaders.UI_POLICY.equals(header);
    }
}
