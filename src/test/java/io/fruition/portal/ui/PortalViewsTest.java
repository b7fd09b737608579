package io.fruition.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

import io.fruition.idea.Attachments;
import io.fruition.idea.Drafts;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaAttachment;
import io.fruition.idea.IdeaCategory;
import io.fruition.idea.IdeaQuery;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.support.Estimates;
import io.fruition.support.KaribuTest;

/** The portal's views: follow an idea, find ideas, submit one. */
class PortalViewsTest extends KaribuTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Ideas ideas;
    @Autowired
    IdeaEngagement engagement;
    @Autowired
    ProcessSteps steps;
    @Autowired
    Drafts drafts;
    @Autowired
    Attachments attachments;

    @org.junit.jupiter.api.BeforeEach
    void noLeftOverDrafts() {
        // Drafts outlive pages by design; each test starts from an empty form.
        List.of("pat", "steve").forEach(drafts::discard);
    }

    @Test
    void a_delivered_idea_says_the_date_of_its_benefits_review_and_who_is_asked_and_the_timeline_shows_it_coming() {
        Idea delivered = ideas.submittedBy("sam").stream()
                .filter(i -> i.getTitle().equals("Archive cold e-mail to cheaper storage")).findFirst().orElseThrow();
        login("nora");
        open(delivered.getNumber());

        String where = _get(Paragraph.class, spec -> spec.withId("idea-where")).getText();
        assertThat(where).matches("Delivered: the benefits review opens on \\w{3} \\d{1,2}, \\d{4}; then both sides' "
                + "innovation leads record the realised benefit\\.");
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("idea-timeline"))
                .getElement().getTextRecursively()).contains("Coming: The benefits review opens");
    }

    @Test
    void the_idea_page_says_where_the_idea_stands_and_draws_its_process() {
        Idea idea = submit("pat", "Follow me " + SEQ.incrementAndGet());
        login("nora");
        open(idea.getNumber());

        assertThat(_get(Span.class, spec -> spec.withId("idea-status")).getText()).isEqualTo("Submitted");
        assertThat(_get(Paragraph.class, spec -> spec.withId("idea-where")).getText())
                .startsWith("Submitted: waiting for “Screen the idea”, due ");
        String svg = _get(Div.class, spec -> spec.withId("idea-diagram")).getElement().getProperty("innerHTML");
        assertThat(svg).contains("Screen the idea").contains("class=\"task current\"").contains("class=\"event passed\"");
    }

    @Test
    void the_diagram_is_readable_zoomable_in_words_and_reachable_by_keyboard() {
        Idea idea = submit("pat", "Draw me " + SEQ.incrementAndGet());
        login("nora");
        open(idea.getNumber());

        Div frame = _get(Div.class, spec -> spec.withId("idea-diagram"));
        assertThat(frame.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(frame.getElement().getAttribute("aria-label")).isNotBlank();
        String inWords = _get(Paragraph.class, spec -> spec.withId("diagram-in-words")).getText();
        assertThat(inWords).isEqualTo("The idea's process. Done: Idea submitted. Now: Screen the idea.");
        assertThat(frame.getElement().getProperty("innerHTML")).contains("<title>" + inWords.replace("'", "'") + "</title>")
                .contains("aria-label=\"" + inWords + "\"");

        DiagramPanel panel = _get(DiagramPanel.class);
        assertThat(panel.zoom()).as("natural size by default: labels of 11 to 13 px").isEqualTo("100%");
        String natural = frame.getStyle().get("--diagram-width");
        _click(_get(Button.class, spec -> spec.withId("diagram-zoom-in")));
        assertThat(panel.zoom()).isEqualTo("125%");
        assertThat(Double.parseDouble(frame.getStyle().get("--diagram-width").replace("px", "")))
                .isEqualTo(Double.parseDouble(natural.replace("px", "")) * 1.25, org.assertj.core.data.Offset.offset(1.0));
        _click(_get(Button.class, spec -> spec.withId("diagram-fit")));
        assertThat(frame.getStyle().get("--diagram-width")).isEqualTo("100%");
        _click(_get(Button.class, spec -> spec.withId("diagram-full-screen")));
        assertThat(_get(Div.class, spec -> spec.withId("idea-diagram-full")).getElement().getProperty("innerHTML"))
                .contains("class=\"task current\"");
        _click(_get(Button.class, spec -> spec.withId("diagram-full-close")));
        assertThat(_find(Div.class, spec -> spec.withId("idea-diagram-full"))).isEmpty();
    }

    @Test
    void a_member_supports_an_idea_with_one_click_and_withdraws_the_support_with_another() {
        Idea idea = submit("pat", "Support me " + SEQ.incrementAndGet());
        login("steve");
        open(idea.getNumber());

        _click(_get(Button.class, spec -> spec.withId("support-toggle")));
        assertThat(engagement.supportersOf("steve", idea.getNumber())).containsExactly("steve");
        assertThat(_get(Paragraph.class, spec -> spec.withId("idea-supporters")).getText()).isEqualTo("1 supporter: Steve Stone");
        _click(_get(Button.class, spec -> spec.withId("support-toggle")));
        assertThat(engagement.supportersOf("steve", idea.getNumber())).isEmpty();
    }

    @Test
    void one_sides_estimate_is_not_shown_to_the_other_side_before_both_are_in() {
        Idea idea = submit("pat", "Estimate me " + SEQ.incrementAndGet());
        steps.complete("nora", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        steps.complete("carl", idea.getNumber(), IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE, Estimates.typical());
        login("steve");
        open(idea.getNumber());

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("estimate-customer"))).isEmpty();
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("idea-timeline")).getElement().getTextRecursively())
                .doesNotContain("Carl Christensen estimated");
    }

    @Test
    void an_estimator_sees_their_own_sides_estimate_and_its_place_in_the_timeline() {
        Idea idea = submit("pat", "Estimate me too " + SEQ.incrementAndGet());
        steps.complete("nora", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT",
                Var.SCREENING_NOTE, "Clear and worth a look."));
        steps.complete("carl", idea.getNumber(), IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE, Estimates.typical());
        login("carl");
        open(idea.getNumber());

        assertThat(_get(VerticalLayout.class, spec -> spec.withId("idea-timeline"))
                .getElement().getTextRecursively()).as("a note that ends with a stop gets no second one")
                .contains("Nora Nordqvist accepted it (Clear and worth a look.).").doesNotContain("..");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("estimate-customer"))).hasSize(1);
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("idea-timeline")).getElement().getTextRecursively())
                .contains("Carl Christensen estimated the value for the customer: EUR 20,000 a year expected.")
                .as("a step its own record tells is not told a second time")
                .doesNotContain("completed “Screen the idea”")
                .doesNotContain("completed “Estimate the value for the customer”");
    }

    @Test
    void the_submitter_withdraws_an_idea_that_is_not_yet_approved() {
        Idea idea = submit("pat", "Withdraw me " + SEQ.incrementAndGet());
        login("pat");
        open(idea.getNumber());

        _click(_get(Button.class, spec -> spec.withId("withdraw-idea")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(ideas.get(idea.getId()).getStatus()).isEqualTo(IdeaStatus.WITHDRAWN);
        assertThat(steps.isWaitingAt(idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA)).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-idea"))).isEmpty();
    }

    @Test
    void only_the_submitter_sees_the_withdraw_button() {
        Idea idea = submit("pat", "Not yours " + SEQ.incrementAndGet());
        login("nora");
        open(idea.getNumber());

        assertThat(_find(Button.class, spec -> spec.withId("withdraw-idea"))).isEmpty();
    }

    @Test
    void a_member_of_another_partnership_sees_nothing_of_the_idea() {
        Idea idea = submit("pat", "Not yours either " + SEQ.incrementAndGet());
        login("ivan");
        open(idea.getNumber());
        assertThat(_get(Paragraph.class, spec -> spec.withId("idea-missing")).getText())
                .isEqualTo("There is no idea " + idea.getNumber() + " in your partnerships.");
    }

    @Test
    void submitting_without_a_title_names_the_field_and_saves_nothing() {
        login("pat");
        UI.getCurrent().navigate(SubmitIdeaView.class);
        SubmitIdeaView view = _get(SubmitIdeaView.class);
        long before = count("pat");

        view.problem.setValue("Depots run out of forms.");
        view.submit();

        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("The title is missing.");
        assertThat(view.proposal.getErrorMessage()).isEqualTo("The proposal is missing.");
        assertThat(count("pat")).isEqualTo(before);
    }

    @Test
    void similar_ideas_appear_while_typing_and_one_can_be_supported_instead() {
        String word = "Hydrogenblend" + SEQ.incrementAndGet();
        Idea existing = submit("carl", "Pilot " + word + " boilers at the depots");
        login("pat");
        UI.getCurrent().navigate(SubmitIdeaView.class);
        SubmitIdeaView view = _get(SubmitIdeaView.class);

        view.title.setValue("More " + word + " trials");

        assertThat(view.similar.getElement().getTextRecursively()).contains(existing.getNumber());
        _click(_get(view.similar, Button.class, spec -> spec.withClasses("support-instead")));
        assertThat(engagement.supportersOf("pat", existing.getNumber())).contains("pat");
        assertThat(_get(IdeaView.class).idea.getNumber()).isEqualTo(existing.getNumber());
    }

    @Test
    void the_submitter_is_offered_to_open_her_own_similar_idea_not_to_support_it() {
        String word = "Tramlineheat" + SEQ.incrementAndGet();
        Idea own = submit("pat", "Recover " + word + " at the depots");
        login("pat");
        UI.getCurrent().navigate(SubmitIdeaView.class);
        SubmitIdeaView view = _get(SubmitIdeaView.class);
        assertThat(view.similar.isVisible()).as("nothing typed, no empty panel").isFalse();
        assertThat(view.draftNote.isVisible()).as("no draft, no empty band above the campaign").isFalse();
        assertThat(view.category.getEmptySelectionCaption()).isEqualTo("No category");

        view.title.setValue("More " + word + " ideas");

        assertThat(view.similar.isVisible()).isTrue();
        HorizontalLayout row = _find(view.similar, HorizontalLayout.class, spec -> spec.withClasses("similar-idea")).stream()
                .filter(r -> r.getElement().getTextRecursively().contains(own.getNumber() + " ")).findFirst().orElseThrow();
        assertThat(_find(row, Button.class, spec -> spec.withClasses("support-instead"))).isEmpty();
        Button open = _get(row, Button.class, spec -> spec.withClasses("open-own"));
        assertThat(open.getText()).isEqualTo("Open your idea");
        _click(open);
        assertThat(_get(IdeaView.class).idea.getNumber()).isEqualTo(own.getNumber());
        assertThat(engagement.supportersOf("pat", own.getNumber())).doesNotContain("pat");
        assertThat(_find(SubmitIdeaView.class)).isEmpty();
    }

    @Test
    void a_submitted_idea_opens_on_its_own_page_with_its_number() {
        login("pat");
        UI.getCurrent().navigate(SubmitIdeaView.class);
        SubmitIdeaView view = _get(SubmitIdeaView.class);
        view.title.setValue("Portal submission " + SEQ.incrementAndGet());
        view.problem.setValue("Field staff wait for parts.");
        view.proposal.setValue("Keep common parts in the vans.");

        view.submit();

        IdeaView page = _get(IdeaView.class);
        assertThat(page.idea.getNumber()).startsWith("NG-");
        assertThat(page.idea.getSubmitter()).isEqualTo("pat");
    }

    @Test
    void an_idea_answers_an_open_campaign_with_a_category_and_tags() {
        login("pat");
        UI.getCurrent().navigate(SubmitIdeaView.class);
        SubmitIdeaView view = _get(SubmitIdeaView.class);
        assertThat(view.campaign.isVisible()).as("the demo's open NG campaign").isTrue();

        view.campaign.setValue(view.campaign.getListDataView().getItem(0));
        view.title.setValue("Switch idle test VMs off " + SEQ.incrementAndGet());
        view.problem.setValue("Test VMs run all weekend.");
        view.proposal.setValue("Schedule them off.");
        view.category.setValue(IdeaCategory.COST);
        view.tags.setValue("infrastructure, run cost");
        view.addFile("vm-usage.csv", "vm,hours\ntest-01,168\n".getBytes(StandardCharsets.UTF_8));
        view.addFile("setup.exe", new byte[] {1, 2});
        assertThat(view.pendingFiles).containsOnlyKeys("vm-usage.csv");
        view.submit();

        Idea idea = _get(IdeaView.class).idea;
        assertThat(idea.getCategory()).isEqualTo("COST");
        assertThat(idea.getTags()).containsExactly("infrastructure", "run cost");
        assertThat(_get(Paragraph.class, spec -> spec.withId("idea-facts")).getText())
                .contains("Category: Lower cost").contains("Campaign: Cut our infrastructure run cost by 20%");
        assertThat(attachments.of("pat", idea.getNumber())).extracting(IdeaAttachment::fileName)
                .containsExactly("vm-usage.csv");
    }

    @Test
    void a_draft_is_kept_when_the_browser_closes_and_dropped_once_submitted() {
        login("steve");
        UI.getCurrent().navigate(SubmitIdeaView.class);
        SubmitIdeaView first = _get(SubmitIdeaView.class);
        first.title.setValue("Half-written idea " + SEQ.incrementAndGet());
        first.problem.setValue("Depot printers jam daily.");

        // A new page (as after closing the browser) brings the draft back.
        UI.getCurrent().navigate(IdeasView.class);
        UI.getCurrent().navigate(SubmitIdeaView.class);
        SubmitIdeaView again = _get(SubmitIdeaView.class);
        assertThat(again.title.getValue()).startsWith("Half-written idea");
        assertThat(again.problem.getValue()).isEqualTo("Depot printers jam daily.");
        assertThat(again.draftNote.getText()).isEqualTo("Your unsent draft is back, as you left it.");

        again.proposal.setValue("Replace them with the managed print service.");
        again.submit();
        UI.getCurrent().navigate(SubmitIdeaView.class);
        assertThat(_get(SubmitIdeaView.class).title.getValue()).isEmpty();
    }

    @Test
    void a_tag_that_is_not_a_word_is_refused_on_its_field() {
        login("pat");
        UI.getCurrent().navigate(SubmitIdeaView.class);
        SubmitIdeaView view = _get(SubmitIdeaView.class);
        view.title.setValue("Tagged badly");
        view.problem.setValue("Something.");
        view.proposal.setValue("Something else.");
        view.tags.setValue("ok, <script>");

        view.submit();

        assertThat(view.tags.isInvalid()).isTrue();
        assertThat(view.tags.getErrorMessage()).contains("<script>");
    }

    @Test
    void the_ideas_list_searches_filters_and_keeps_the_search_in_the_address() {
        String word = "Quokka" + SEQ.incrementAndGet();
        Idea idea = submit("pat", "A " + word + " for every depot");
        login("nora");
        UI.getCurrent().navigate(IdeasView.class, new QueryParameters(Map.of("q", List.of(word), "status", List.of("SUBMITTED"))));
        IdeasView view = _get(IdeasView.class);

        assertThat(view.text.getValue()).isEqualTo(word);
        assertThat(view.selectedStatuses()).containsExactly(IdeaStatus.SUBMITTED);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).number()).isEqualTo(idea.getNumber());

        view.statuses.setValue(Set.of(IdeaStatus.REALISED));
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.queryParameters().getQueryString()).contains("q=" + word).contains("status=REALISED");
        view.sort.setValue(IdeaQuery.Sort.MUTUAL_VALUE);
        assertThat(view.query().sort()).isEqualTo(IdeaQuery.Sort.MUTUAL_VALUE);
        view.statuses.clear();
        view.from.setValue(LocalDate.now().plusDays(1));
        assertThat(GridKt._size(view.grid)).as("nothing submitted tomorrow").isZero();
        view.from.clear();
        view.campaign.setValue(view.campaign.getListDataView().getItem(0));
        assertThat(view.queryParameters().getQueryString()).contains("campaign=");
        assertThat(GridKt._size(view.grid)).as("the idea answers no campaign").isZero();
    }

    private void open(String number) {
        UI.getCurrent().navigate(IdeaView.class, new RouteParameters("number", number));
    }

    private long count(String submitter) {
        return ideas.submittedBy(submitter).size();
    }

    private Idea submit(String submitter, String title) {
        return ideas.submit(submitter, new IdeaSubmission("NG", title, "Paper forms get lost at the depots.",
                "Use the handhelds for every form.", "Fewer lost forms."));
    }

}
