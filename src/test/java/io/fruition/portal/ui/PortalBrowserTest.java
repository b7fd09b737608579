package io.fruition.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.idea.Drafts;
import io.fruition.idea.IdeaListItem;
import io.fruition.idea.IdeaQuery;
import io.fruition.idea.IdeaSearch;
import io.fruition.idea.IdeaStatus;
import io.fruition.support.Browser;
import io.fruition.support.BrowserTest;

/** A member finds an idea and follows it in a real browser, diagram included; and submits one. */
class PortalBrowserTest extends BrowserTest {

    @Autowired
    IdeaSearch search;
    @Autowired
    Drafts drafts;

    @Test
    void a_member_finds_an_idea_in_delivery_and_sees_where_it_is_in_the_process() {
        IdeaListItem inDelivery = search.find("nora", IdeaQuery.all().withStatuses(Set.of(IdeaStatus.IN_DELIVERY)),
                0, 1).get(0);
        signIn("nora");
        driver.get(url("/ideas?status=IN_DELIVERY"));

        WebElement cell = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(inDelivery.number())).findFirst().orElse(null));
        Browser.screenshot(driver, "ideas-in-delivery");
        cell.click();

        WebElement diagram = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#idea-diagram svg")));
        assertThat(diagram.findElements(By.cssSelector(".current"))).isNotEmpty();
        assertThat(driver.findElement(By.id("idea-where")).getText()).startsWith("In delivery: waiting for");
        Browser.screenshot(driver, "idea-in-delivery");
    }

    @Test
    void a_member_submits_an_idea_and_lands_on_its_page() {
        drafts.discard("pat"); // an empty form, whatever other tests left
        signIn("pat");
        driver.get(url("/ideas/new"));

        wait.until(d -> d.findElement(By.cssSelector("#submit-title input"))).sendKeys("Drones to read remote meters");
        driver.findElement(By.cssSelector("#submit-problem textarea")).sendKeys("Remote meters are read twice a year by car.");
        driver.findElement(By.cssSelector("#submit-proposal textarea")).sendKeys("Fly a drone past them monthly.");
        driver.findElement(By.cssSelector("#submit-proposal textarea")).sendKeys(Keys.TAB);
        waitForVaadin();
        Browser.screenshot(driver, "submit-idea");
        // The similar-ideas list may still be appearing above the button and move it: click the button itself.
        WebElement submit = driver.findElement(By.id("submit-idea"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", submit);
        waitForVaadin();
        Browser.screenshot(driver, "submitted-idea-or-messages");

        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idea-title")));
        assertThat(title.getText()).matches("NG-\\d+ · Drones to read remote meters");
        assertThat(driver.getCurrentUrl()).matches(".*/ideas/NG-\\d+");
        Browser.screenshot(driver, "submitted-idea");
    }
}
