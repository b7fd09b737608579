package io.fruition.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;

import io.fruition.admin.AuditLog;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.security.ApiToken;
import io.fruition.security.ApiTokens;
import io.fruition.security.UserAccount;
import io.fruition.support.KaribuTest;
import io.fruition.support.Tags;
import io.fruition.ui.ErrorView;

/** The administration page: only for administrators, and every refusal shown on the form, nothing saved. */
class AdminViewTest extends KaribuTest {

    @Autowired
    Partnerships partnerships;
    @Autowired
    AuditLog audit;
    @Autowired
    ApiTokens tokens;

    AdminView view;
    String tag;

    @BeforeEach
    void tag() {
        // Five random lower-case letters: names and prefixes of this test's data never meet another run's.
        tag = Tags.letters(5);
    }

    private void openAsAdmin() {
        login("admin");
        UI.getCurrent().navigate(AdminView.class);
        view = _get(AdminView.class);
    }

    @Test
    void a_member_is_told_the_page_is_not_for_them() {
        login("nora");
        UI.getCurrent().navigate("admin");

        assertThat(_find(AdminView.class)).isEmpty();
        ErrorView.NotAllowed page = _get(ErrorView.NotAllowed.class);
        assertThat(_get(page, H2.class).getText()).isEqualTo("Not allowed");
        assertThat(page.getElement().getTextRecursively()).contains("for administrators only");
    }

    @Test
    void an_organisation_needs_a_name_and_each_change_lands_in_the_audit_log() {
        openAsAdmin();
        OrganisationsTab tab = view.organisations;

        tab.name.setValue("  ");
        _click(tab.save);
        assertThat(tab.problems.getElement().getTextRecursively()).contains("needs a name");
        assertThat(tab.name.isInvalid()).isTrue();

        tab.name.setValue("Umbrella Energy " + tag);
        tab.kind.setValue(OrganisationKind.CUSTOMER);
        _click(tab.save);
        assertThat(tab.problems.getChildren()).isEmpty();
        assertThat(GridKt._size(tab.grid)).isPositive();
        assertThat(audit.latest("Umbrella Energy " + tag, 1)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("Organisation created"));

        view.tabs.setSelectedIndex(7);
        view.audit.filter.setValue("Umbrella Energy " + tag);
        assertThat(GridKt._size(view.audit.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.audit.grid, 0)).contains("admin").contains("Organisation created");
    }

    @Test
    void opening_a_partnership_with_a_taken_prefix_and_no_leads_shows_each_problem_on_its_field() {
        openAsAdmin();
        view.tabs.setSelectedIndex(1);
        PartnershipsTab tab = view.partnerships;
        int before = GridKt._size(tab.grid);

        tab.name.setValue("Another NorthGas");
        tab.prefix.setValue("ng");
        _click(tab.open);

        String problems = tab.openProblems.getElement().getTextRecursively();
        assertThat(problems).contains("The prefix 'NG' is used by another partnership")
                .contains("Choose the supplier organisation").contains("customer side's innovation lead");
        assertThat(tab.prefix.isInvalid()).isTrue();
        assertThat(tab.customerLead.isInvalid()).isTrue();
        assertThat(tab.supplierLead.getErrorMessage()).contains("innovation lead");
        assertThat(GridKt._size(tab.grid)).isEqualTo(before);
    }

    @Test
    void a_partnerships_deadlines_are_edited_in_place_and_checked() {
        openAsAdmin();
        view.tabs.setSelectedIndex(1);
        PartnershipsTab tab = view.partnerships;
        int ir = -1;
        for (int i = 0; i < GridKt._size(tab.grid); i++) {
            if (GridKt._get(tab.grid, i).prefix().equals("IR")) {
                ir = i;
            }
        }
        GridKt._clickItem(tab.grid, ir);
        assertThat(tab.editor.isVisible()).isTrue();
        assertThat(tab.screeningSla.getValue()).isEqualTo(partnerships.lifecycleOf("IR").screeningSlaDays());

        tab.screeningSla.setValue(99);
        _click(tab.saveChanges);

        assertThat(tab.editProblems.getElement().getTextRecursively()).contains("screening SLA must be between 1 and 60");
        assertThat(partnerships.lifecycleOf("IR").screeningSlaDays()).isEqualTo(5);
    }

    @Test
    void a_board_without_a_chair_is_refused_and_the_board_stays_as_it_was() {
        openAsAdmin();
        view.tabs.setSelectedIndex(4);
        BoardsTab tab = view.boards;
        tab.partnership.setValue(tab.partnership.getListDataView().getItems()
                .filter(p -> p.prefix().equals("NG")).findFirst().orElseThrow());
        assertThat(tab.chair.getValue()).isEqualTo("sue");

        tab.chair.clear();
        _click(tab.save);

        assertThat(tab.problems.getElement().getTextRecursively()).contains("A board needs a chair");
        assertThat(partnerships.board("NG").chair()).contains("sue");
    }

    @Test
    void a_campaign_closing_before_it_opens_is_refused() {
        openAsAdmin();
        view.tabs.setSelectedIndex(5);
        CampaignsTab tab = view.campaigns;
        tab.title.setValue("Backwards " + tag);
        tab.question.setValue("Does time run backwards?");
        tab.sponsor.setValue("cathy");
        tab.opens.setValue(LocalDate.of(2027, 3, 1));
        tab.closes.setValue(LocalDate.of(2027, 2, 1));
        _click(tab.create);

        assertThat(tab.problems.getElement().getTextRecursively()).contains("closes (2027-02-01) before it opens (2027-03-01)");
        assertThat(tab.grid.getListDataView().getItems()).noneMatch(c -> c.title().equals("Backwards " + tag));
    }

    @Test
    void a_user_with_a_bad_name_is_refused_and_the_last_administrator_stays() {
        openAsAdmin();
        view.tabs.setSelectedIndex(2);
        UsersTab tab = view.users;
        tab.username.setValue("Bad Name");
        tab.displayName.setValue("");
        tab.password.setValue("x");
        _click(tab.create);
        assertThat(tab.username.isInvalid()).isTrue();
        assertThat(tab.displayName.isInvalid()).isTrue();
        assertThat(tab.password.getErrorMessage()).contains("at least");

        UserAccount admin = tab.grid.getListDataView().getItems().filter(u -> u.getUsername().equals("admin"))
                .findFirst().orElseThrow();
        GridKt._clickItem(tab.grid, tab.grid.getListDataView().getItems().toList().indexOf(admin));
        _click(tab.deactivate);
        assertThat(tab.leaveProblems.getElement().getTextRecursively()).contains("last active administrator");
    }

    @Test
    void a_member_added_here_gets_the_roles_chosen_and_the_last_lead_cannot_be_stripped() {
        openAsAdmin();
        view.tabs.setSelectedIndex(2);
        UsersTab users = view.users;
        users.username.setValue("new-" + tag);
        users.displayName.setValue("New Member " + tag);
        users.password.setValue("a-good-password");
        _click(users.create);
        assertThat(users.createProblems.getChildren()).isEmpty();

        view.tabs.setSelectedIndex(3);
        MembersTab members = view.members;
        members.partnership.setValue(members.partnership.getListDataView().getItems()
                .filter(p -> p.prefix().equals("IR")).findFirst().orElseThrow());
        members.user.setValue(members.user.getListDataView().getItems()
                .filter(u -> u.getUsername().equals("new-" + tag)).findFirst().orElseThrow());
        members.side.setValue(Side.PARTNER);
        members.roles.setValue(Set.of(PartnershipRole.ESTIMATOR));
        _click(members.save);
        assertThat(partnerships.membership("new-" + tag, "IR")).hasValueSatisfying(m -> {
            assertThat(m.side()).isEqualTo(Side.PARTNER);
            assertThat(m.has(PartnershipRole.ESTIMATOR)).isTrue();
        });

        int ivan = members.grid.getListDataView().getItems().toList().stream().map(m -> m.username()).toList()
                .indexOf("ivan");
        GridKt._clickItem(members.grid, ivan);
        members.roles.setValue(Set.of());
        _click(members.save);
        assertThat(members.problems.getElement().getTextRecursively())
                .contains("no innovation lead on the customer side");
        assertThat(partnerships.membership("ivan", "IR").orElseThrow().has(PartnershipRole.INNOVATION_LEAD)).isTrue();
    }

    @Test
    void an_administrator_sees_every_members_api_tokens_and_revokes_one() {
        ApiTokens.Created pats = tokens.create("pat", "Pat's script " + tag, LocalDate.now().plusDays(5));
        openAsAdmin();
        view.tabs.setSelectedIndex(6);

        List<ApiToken> listed = GridKt._findAll(view.tokens.grid);
        int row = listed.stream().map(ApiToken::id).toList().indexOf(pats.token().id());
        assertThat(row).as("pat's token is listed").isNotNegative();
        _click((Button) GridKt._getCellComponent(view.tokens.grid, row, "revoke"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(tokens.of("pat")).filteredOn(t -> t.id() == pats.token().id()).singleElement()
                .satisfies(t -> assertThat(t.revokedBy()).isEqualTo("admin"));
        assertThat(audit.latest("Pat's script " + tag, 5)).extracting(AuditLog.Entry::action)
                .contains("API token revoked");
    }
}
