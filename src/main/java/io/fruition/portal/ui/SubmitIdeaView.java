package io.fruition.portal.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;

import io.fruition.base.ui.Reading;
import io.fruition.idea.Attachments;
import io.fruition.idea.Campaign;
import io.fruition.idea.Campaigns;
import io.fruition.idea.Drafts;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaCategory;
import io.fruition.idea.IdeaDraft;
import io.fruition.idea.IdeaListItem;
import io.fruition.idea.IdeaSearch;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.Ideas;
import io.fruition.idea.InvalidIdeaException;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.security.CurrentUser;
import io.fruition.shared.InvalidInputException;

/**
 * The submission portal. While the title and problem are typed, similar ideas of the partnership appear, each
 * with its status and a one-click "support this one instead", so duplicates are caught before they are filed.
 */
@Route("ideas/new")
@PageTitle("Submit an idea · Fruition")
@PermitAll
@NamedInterface("views")
public class SubmitIdeaView extends VerticalLayout {

    private final String username;
    private final Ideas ideas;
    private final IdeaEngagement engagement;
    private final IdeaSearch search;
    final ComboBox<Membership> partnership = new ComboBox<>("Partnership");
    final TextField title = new TextField("Title");
    final TextArea problem = new TextArea("Problem");
    final TextArea proposal = new TextArea("Proposal");
    final TextArea benefit = new TextArea("Expected benefit (optional)");
    final Select<IdeaCategory> category = new Select<>();
    final TextField tags = new TextField("Tags (optional)");
    final ComboBox<Campaign> campaign = new ComboBox<>("Campaign (optional)");
    final VerticalLayout similar = new VerticalLayout();
    final Button submit = new Button("Submit idea");
    final Span side = new Span();

    private final Campaigns campaigns;
    private final Drafts drafts;
    private final Attachments attachments;
    final Span draftNote = new Span();
    /** Files chosen before the idea exists; attached as soon as it does. */
    final Map<String, byte[]> pendingFiles = new LinkedHashMap<>();
    final Upload upload;

    public SubmitIdeaView(CurrentUser currentUser, Ideas ideas, IdeaEngagement engagement, IdeaSearch search,
            Partnerships partnerships, Campaigns campaigns, Drafts drafts, Attachments attachments) {
        this.username = currentUser.require();
        this.ideas = ideas;
        this.engagement = engagement;
        this.search = search;
        this.campaigns = campaigns;
        this.drafts = drafts;
        this.attachments = attachments;
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory(
                (metadata, bytes) -> ui.access(() -> addFile(metadata.fileName(), bytes))));
        List<Membership> memberships = partnerships.membershipsOf(username);
        add(new H2("Submit an idea"));
        if (memberships.isEmpty()) {
            add(new Paragraph("You are not a member of a partnership yet, so there is nowhere to submit an idea. Ask an "
                    + "administrator to add you."));
            return;
        }
        partnership.setItems(memberships);
        partnership.setItemLabelGenerator(Membership::partnershipName);
        partnership.setValue(memberships.get(0));
        partnership.setVisible(memberships.size() > 1);
        partnership.setId("submit-partnership");
        partnership.addValueChangeListener(e -> refresh());
        side.setId("submit-side");

        title.setId("submit-title");
        title.setMaxLength(200);
        title.setRequired(true);
        title.setHelperText("One line that says what would change, e.g. “Self-service password reset for field staff”.");
        problem.setId("submit-problem");
        problem.setMaxLength(4000);
        problem.setRequired(true);
        problem.setHelperText("What goes wrong today, for whom, how often.");
        proposal.setId("submit-proposal");
        proposal.setMaxLength(4000);
        proposal.setRequired(true);
        proposal.setHelperText("What you suggest doing about it.");
        benefit.setId("submit-benefit");
        benefit.setMaxLength(4000);
        benefit.setHelperText("Who would gain what: the customer, the supplier, or both.");
        for (var field : List.of(title, problem, proposal, benefit)) {
            field.setWidthFull();
        }
        title.setValueChangeMode(ValueChangeMode.LAZY);
        problem.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> showSimilar());
        problem.addValueChangeListener(e -> showSimilar());

        category.setLabel("Category (optional)");
        category.setId("submit-category");
        category.setItems(IdeaCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "No category" : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("No category");
        category.setPlaceholder("No category");
        tags.setId("submit-tags");
        tags.setHelperText("Comma-separated, e.g. billing, self-service (at most 8).");
        tags.setWidthFull();
        campaign.setId("submit-campaign");
        campaign.setItemLabelGenerator(c -> c.title() + " (until " + Reading.formats().date(c.closesOn()) + ")");
        campaign.setHelperText("Answer one of the partnership's open calls for ideas.");
        campaign.setClearButtonVisible(true);
        campaign.setWidthFull();

        similar.setId("similar-ideas");
        similar.setPadding(false);
        submit.setId("submit-idea");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        draftNote.setId("draft-note");
        draftNote.addClassName("empty-state");
        draftNote.setVisible(false);
        drafts.of(username).ifPresent(d -> {
            memberships.stream().filter(x -> x.partnershipPrefix().equals(d.partnership())).findFirst()
                    .ifPresent(partnership::setValue);
            title.setValue(d.title() == null ? "" : d.title());
            problem.setValue(d.problem() == null ? "" : d.problem());
            proposal.setValue(d.proposal() == null ? "" : d.proposal());
            benefit.setValue(d.expectedBenefit() == null ? "" : d.expectedBenefit());
            draftNote.setText("Your unsent draft is back, as you left it.");
            draftNote.setVisible(true);
        });
        for (var field : List.of(title, problem, proposal, benefit)) {
            field.addValueChangeListener(e -> saveDraft());
        }
        proposal.setValueChangeMode(ValueChangeMode.LAZY);
        benefit.setValueChangeMode(ValueChangeMode.LAZY);
        upload.setId("submit-attachments");
        upload.setAcceptedFileTypes(Attachments.TYPES.keySet().stream().map(x -> "." + x).toArray(String[]::new));
        upload.setMaxFileSize((int) Attachments.MAX_BYTES);
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage()
                + " PDF, images, text, CSV and Office files of up to 10 MB can be attached.", 6000,
                Notification.Position.BOTTOM_START));
        Span limits = new Span("Attachments (optional): PDF, PNG/JPEG, text, CSV, Word, Excel or PowerPoint; up to 10 MB each.");
        // The similar ideas stand beside the title as it is typed (below it on a narrow screen).
        FlexLayout titleRow = new FlexLayout(title, similar);
        titleRow.setId("submit-title-row");
        titleRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        titleRow.setWidthFull();
        titleRow.getStyle().set("gap", "var(--lumo-space-m)");
        titleRow.setFlexGrow(2, title);
        titleRow.setFlexGrow(1, similar);
        title.getStyle().set("min-width", "18em").set("flex-basis", "0");
        similar.getStyle().set("min-width", "16em").set("flex-basis", "0");
        similar.setVisible(false);
        add(partnership, side, draftNote, campaign, titleRow, problem, proposal, benefit, category, tags, limits,
                upload, submit);
        setMaxWidth("900px");
        refresh();
    }

    private void refresh() {
        Membership m = partnership.getValue();
        side.setText(m == null ? "" : "You submit for the " + m.side().label().toLowerCase() + " side of "
                + m.partnershipName() + ".");
        List<Campaign> open = m == null ? List.of() : campaigns.openFor(username, m.partnershipPrefix());
        campaign.setItems(open);
        campaign.setVisible(!open.isEmpty());
        showSimilar();
    }

    /** Keeps a chosen file for the idea about to be submitted, or says why it cannot be attached. */
    void addFile(String name, byte[] bytes) {
        try {
            Attachments.check(name, bytes);
            pendingFiles.put(name, bytes);
        } catch (InvalidInputException e) {
            Notification.show(String.join(" ", e.problems()), 6000,
                    Notification.Position.BOTTOM_START);
        }
    }

    void saveDraft() {
        Membership m = partnership.getValue();
        drafts.save(username, new IdeaDraft(m == null ? null : m.partnershipPrefix(), title.getValue(), problem.getValue(),
                proposal.getValue(), benefit.getValue(), null));
        draftNote.setText("Draft saved: it waits here if you close the browser.");
        draftNote.setVisible(true);
    }

    void showSimilar() {
        similar.removeAll();
        similar.setVisible(false);
        Membership m = partnership.getValue();
        if (m == null) {
            return;
        }
        List<IdeaListItem> found = search.similar(username, m.partnershipPrefix(), title.getValue() + " " + problem.getValue(), 5);
        if (found.isEmpty()) {
            return;
        }
        similar.setVisible(true);
        similar.add(new H3("Similar ideas — is yours among them?"));
        for (IdeaListItem item : found) {
            boolean own = item.submitter().equals(username);
            Button supportInstead = new Button(own ? "Open your idea" : "Support this one instead", e -> {
                if (!own) {
                    try {
                        engagement.support(username, item.number());
                    } catch (InvalidInputException ex) {
                        // supported already, or no longer open to support: open it anyway
                    }
                }
                getUI().ifPresent(ui -> ui.navigate(IdeaView.class, new RouteParameters("number", item.number())));
            });
            supportInstead.addClassName(own ? "open-own" : "support-instead");
            HorizontalLayout row = new HorizontalLayout(new Span(item.number() + " · " + item.title()),
                    new Span(item.status().label()), supportInstead);
            row.addClassName("similar-idea");
            row.setAlignItems(Alignment.CENTER);
            similar.add(row);
        }
    }

    void submit() {
        Membership m = partnership.getValue();
        for (var field : List.of(title, problem, proposal, benefit)) {
            field.setInvalid(false);
        }
        try {
            Idea idea = ideas.submit(username, new IdeaSubmission(m == null ? null : m.partnershipPrefix(),
                    title.getValue(), problem.getValue(), proposal.getValue(), benefit.getValue(), category.getValue(),
                    List.of(tags.getValue().split(",")), campaign.getValue() == null ? null : campaign.getValue().id()));
            drafts.discard(username);
            pendingFiles.forEach((name, bytes) -> attachments.attach(username, idea.getNumber(), name, bytes));
            getUI().ifPresent(ui -> ui.navigate(IdeaView.class, new RouteParameters("number", idea.getNumber())));
        } catch (InvalidIdeaException e) {
            Map<String, List<String>> byField = e.fieldProblems();
            mark(title, byField.get("title"));
            mark(problem, byField.get("problem"));
            mark(proposal, byField.get("proposal"));
            mark(benefit, byField.get("expectedBenefit"));
            mark(tags, byField.get("tags"));
            if (byField.containsKey("campaign")) {
                campaign.setErrorMessage(String.join(" ", byField.get("campaign")));
                campaign.setInvalid(true);
            }
            if (byField.containsKey("partnership")) {
                partnership.setErrorMessage(String.join(" ", byField.get("partnership")));
                partnership.setInvalid(true);
            }
        }
    }

    private static void mark(HasValidationProperties field, List<String> problems) {
        if (problems != null) {
            field.setErrorMessage(String.join(" ", problems));
            field.setInvalid(true);
        }
    }

}
