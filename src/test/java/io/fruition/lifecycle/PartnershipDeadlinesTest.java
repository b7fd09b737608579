package io.fruition.lifecycle;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.fruition.process.IdeaProcess.Element.SCREEN_IDEA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;

import io.fruition.admin.PartnershipSetup;
import io.fruition.base.ui.Reading;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.partnership.LifecycleSettings;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;
import io.fruition.portal.ui.IdeaView;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.history.WaitingTimers;
import io.fruition.support.KaribuTest;
import io.fruition.task.ui.TaskView;

/**
 * A deadline has one source, the partnership's lifecycle settings: change the park period and the screening form
 * says the new number, the parked idea's timer waits that long, and the idea's page gives that date.
 */
class PartnershipDeadlinesTest extends KaribuTest {

    @Autowired
    PartnershipSetup setup;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;
    @Autowired
    WaitingTimers timers;

    @Test
    void a_changed_park_period_is_the_number_the_form_the_timer_and_the_idea_page_use() {
        Partnership ng = partnerships.byPrefix("NG").orElseThrow();
        LifecycleSettings before = ng.getLifecycle();
        setup.change("admin", "NG", ng.getName(), ng.getCurrency(), before.withParkDays(30), true);
        try {
            Idea idea = ideas.submit("pat", new IdeaSubmission("NG", "Parked for a month " + System.nanoTime(),
                    "Depot vans idle with the engine on.", "Fit idle shut-off.", "Less diesel."));
            String n = idea.getNumber();
            login("nora");
            UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", steps.taskIdAt(n, SCREEN_IDEA)));
            _click(_get(Button.class, spec -> spec.withId("claim-task")));
            assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Decision")).getHelperText())
                    .isEqualTo("Accepted ideas go to value estimation by both sides; parked ideas come back to "
                            + "screening in 30 days.");

            steps.complete("nora", n, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "PARK"));
            WaitingTimers.Upcoming back = timers.of(n).stream()
                    .filter(u -> u.what().startsWith("The parked idea comes back")).findFirst().orElseThrow();
            assertThat(back.at()).as("the timer waits the partnership's 30 days")
                    .isCloseTo(Instant.now().plus(30, ChronoUnit.DAYS), within(Duration.ofMinutes(5).toMillis(), ChronoUnit.MILLIS));

            UI.getCurrent().navigate(IdeaView.class, new RouteParameters("number", n));
            assertThat(_get(Paragraph.class, spec -> spec.withId("idea-where")).getText())
                    .contains("comes back for a fresh screening on " + Reading.formats().date(back.at()));
        } finally {
            setup.change("admin", "NG", ng.getName(), ng.getCurrency(), before, true);
        }
        assertThat(partnerships.lifecycleOf("NG")).isEqualTo(before);
    }
}
