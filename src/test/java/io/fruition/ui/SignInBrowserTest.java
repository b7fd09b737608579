package io.fruition.ui;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.process.task.TaskInbox;
import io.fruition.support.Browser;
import io.fruition.support.BrowserTest;

/** The first journey of every user, in a real browser: sign in, see the dashboard, sign out. */
class SignInBrowserTest extends BrowserTest {

    @Autowired
    TaskInbox inbox;

    @Test
    void nora_signs_in_and_sees_her_open_tasks_and_pipeline() {
        driver.get(url("/"));
        submitSignIn("nora", "nora");

        WebElement count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-task-count")));
        assertThat(count.getText()).isEqualTo(inbox.countOpenTasksOf("nora") + " open tasks");
        assertThat(driver.findElement(By.id("pipeline-NG")).getText()).contains("In screening");
        assertThat(driver.getPageSource()).doesNotContain("Initech");
        Browser.screenshot(driver, "dashboard-nora");

        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_sign_in_page_with_a_message() {
        driver.get(url("/login"));
        submitSignIn("nora", "not-her-password");

        wait.until(ExpectedConditions.urlContains("error"));
        WebElement overlay = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> "true".equals(overlay.getDomProperty("error")));
        Browser.screenshot(driver, "login-error");
    }
}
