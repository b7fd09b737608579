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

    /** Clicks like a user who scrolled the element into view first. */
    protected void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Picks the option of a form's radio group by the words on it. */
    protected void radio(String fieldId, String label) {
        WebElement group = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(fieldId)));
        group.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(r -> r.getText().contains(label)).findFirst().ifPresentOrElse(this::click,
                        () -> { throw new AssertionError("no option " + label + " in " + fieldId); });
    }

    /** Types into a form field ({@code inner}: the native element inside it, input or textarea) and leaves it. */
    protected void type(String fieldId, String inner, String text) {
        WebElement input = wait.until(d -> d.findElement(By.cssSelector("#" + fieldId + " " + inner)));
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /** Replaces what a form field holds, as a person selecting it all and typing over it would. */
    protected void retype(String fieldId, String inner, String text) {
        WebElement input = wait.until(d -> d.findElement(By.cssSelector("#" + fieldId + " " + inner)));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /** Fills a value estimate's form as an estimator would: the amounts given, 20 days, 3 months, medium confidence. */
    protected void fillEstimate(String low, String likely, String high, String oneOffCost) {
        type("field-benefitLow", "input", low);
        type("field-benefitLikely", "input", likely);
        type("field-benefitHigh", "input", high);
        type("field-oneOffCost", "input", oneOffCost);
        type("field-effortDays", "input", "20");
        type("field-monthsToValue", "input", "3");
        WebElement confidence = driver.findElement(By.cssSelector("#field-confidence input"));
        confidence.sendKeys("Medium");
        confidence.sendKeys(org.openqa.selenium.Keys.ENTER);
        type("field-rationale", "textarea", "From last winter's call volumes at the depots.");
    }

    protected void signIn(String username) {
        driver.get(url("/login"));
        submitSignIn(username, username);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }
}
