package io.fruition.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey in headless Chromium against the whole application: one browser per test, signed in as a demo user. */
@FruitionSpringTest
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    protected WebDriverWait wait;

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

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fills the sign-in form; demo passwords are the user names. */
    protected void submitSignIn(String username, String password) {
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> form.findElement(By.cssSelector("input[name='username']"))).sendKeys(username);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    /** Waits until Vaadin has no request to the server under way, as TestBench does before each interaction. */
    protected void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    protected void signIn(String username) {
        driver.get(url("/login"));
        submitSignIn(username, username);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }
}
