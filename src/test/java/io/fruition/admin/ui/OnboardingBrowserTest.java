package io.fruition.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.partnership.Partnerships;
import io.fruition.support.Browser;
import io.fruition.support.BrowserTest;
import io.fruition.support.Tags;

/**
 * In Chromium: the administrator onboards a new customer relationship — organisation, two users, the partnership
 * with them as innovation leads — and one of them signs in and submits the partnership's first idea, which the
 * other can then work on through the engine's REST API (what Camunda's Tasklist uses).
 */
class OnboardingBrowserTest extends BrowserTest {

    @Autowired
    Partnerships partnerships;

    @Test
    void admin_onboards_a_customer_and_its_lead_submits_the_first_idea() throws Exception {
        String tag = Tags.letters(5);
        String prefix = "W" + tag.toUpperCase();
        String customerName = "Acme Water " + tag;
        signIn("admin");
        driver.get(url("/admin"));

        // The customer organisation.
        type("#organisation-name input", customerName);
        click(By.id("organisation-save"));
        wait.until(d -> d.findElement(By.id("organisations-grid")).getText().contains(customerName));

        // Two users: the customer's and the supplier's innovation lead.
        click(By.id("tab-users"));
        createUser("ada-" + tag, "Ada Lead " + tag);
        createUser("bob-" + tag, "Bob Lead " + tag);
        Browser.screenshot(driver, "admin-users");

        // The partnership, with them as innovation leads.
        click(By.id("tab-partnerships"));
        choose("#partnership-supplier input", "Globex ITC");
        choose("#partnership-customer input", customerName);
        type("#partnership-prefix input", prefix);
        choose("#partnership-supplier-lead input", "Bob Lead " + tag + " (bob-" + tag + ")");
        choose("#partnership-customer-lead input", "Ada Lead " + tag + " (ada-" + tag + ")");
        waitForVaadin();
        Browser.screenshot(driver, "admin-open-partnership");
        click(By.id("partnership-open"));
        wait.until(d -> d.findElement(By.id("partnerships-grid")).getText().contains(prefix));
        assertThat(partnerships.membersOf(prefix)).hasSize(2);

        // Ada signs in and submits the first idea of the partnership.
        click(By.id("sign-out"));
        driver.get(url("/login"));
        submitSignIn("ada-" + tag, "ada-password");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        driver.get(url("/ideas/new"));
        type("#submit-title input", "Smart meters for the pumping stations");
        driver.findElement(By.cssSelector("#submit-problem textarea")).sendKeys("Pumps are checked by hand every week.");
        driver.findElement(By.cssSelector("#submit-proposal textarea")).sendKeys("Fit smart meters and alert on drift.");
        driver.findElement(By.cssSelector("#submit-proposal textarea")).sendKeys(Keys.TAB);
        waitForVaadin();
        click(By.id("submit-idea"));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idea-title")));
        assertThat(title.getText()).isEqualTo(prefix + "-1 · Smart meters for the pumping stations");
        Browser.screenshot(driver, "onboarded-first-idea");

        // Bob, the other innovation lead, finds the screening task through the engine's own REST API.
        HttpResponse<String> bobsTasks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/engine-rest/task?candidateUser=bob-" + tag + "&processInstanceBusinessKey=" + prefix + "-1")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("bob-" + tag + ":bob-password").getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bobsTasks.statusCode()).isEqualTo(200);
        assertThat(bobsTasks.body()).contains("\"name\":\"Screen the idea\"").contains("\"tenantId\":\"" + prefix + "\"");
    }

    @Test
    void nora_sees_the_portfolio_with_its_charts() {
        signIn("nora");
        driver.get(url("/portfolio"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-value-map svg")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-funnel svg")));
        waitForVaadin();
        assertThat(driver.findElement(By.id("kpi-customer")).getText()).contains("realised per year for the customer");
        assertThat(driver.findElement(By.id("portfolio-intro")).getText()).contains("NorthGas");
        assertThat(driver.findElements(By.cssSelector("#chart-value-map svg path"))).isNotEmpty();
        Browser.screenshot(driver, "portfolio-nora");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 4200));
        waitForVaadin();
        Browser.screenshot(driver, "portfolio-nora-full-page");
    }

    private void createUser(String username, String displayName) {
        type("#user-username input", username);
        type("#user-display-name input", displayName);
        type("#user-password input", username.substring(0, 3) + "-password");
        click(By.id("user-create"));
        wait.until(d -> d.findElement(By.id("users-grid")).getText().contains(displayName));
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Picks an item of a combo box by typing its exact label. */
    private void choose(String css, String label) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.sendKeys(label);
        waitForVaadin();
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        waitForVaadin();
    }
}
