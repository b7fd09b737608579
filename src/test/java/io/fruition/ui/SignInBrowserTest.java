package io.fruition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.fruition.process.TaskInbox;
import io.fruition.support.Browser;
import io.fruition.support.FruitionSpringTest;

/** The first journey of every user, in a real browser: sign in, see the dashboard, sign out. */
@FruitionSpringTest
class SignInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskInbox inbox;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
        // The first page of a Vaadin dev-mode server can take a while to serve its bundle.
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void nora_signs_in_and_sees_her_open_tasks_and_pipeline() {
        driver.get("http://localhost:" + port + "/");
        signIn("nora", "nora");

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
        driver.get("http://localhost:" + port + "/login");
        signIn("nora", "not-her-password");

        wait.until(ExpectedConditions.urlContains("error"));
        WebElement overlay = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> "true".equals(overlay.getDomProperty("error")));
        Browser.screenshot(driver, "login-error");
    }

    private void signIn(String username, String password) {
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        WebElement user = wait.until(d -> inputOf(form, "username"));
        user.sendKeys(username);
        inputOf(form, "password").sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    private static WebElement inputOf(SearchContext form, String name) {
        return form.findElement(By.cssSelector("input[name='" + name + "']"));
    }
}
