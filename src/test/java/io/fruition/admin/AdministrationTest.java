package io.fruition.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.Notifications;
import io.fruition.partnership.LifecycleSettings;
import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipAdministration.NewPartnership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;
import io.fruition.support.FruitionSpringTest;
import io.fruition.support.Tags;

/**
 * Onboarding a customer relationship through the administration services, and every rule that refuses bad
 * input without saving half of it. Users and memberships are what the engine sees: a member added can do their
 * tasks at once, one deactivated can do nothing.
 */
@FruitionSpringTest
class AdministrationTest {

    @Autowired
    PartnershipSetup setup;
    @Autowired
    People people;
    @Autowired
    AuditLog audit;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Ideas ideas;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    String tag;
    Organisation supplier;
    Organisation customer;

    @BeforeEach
    void organisations_and_two_users() {
        tag = Tags.letters(5);
        supplier = setup.saveOrganisation("admin", null, "Globex Supplier " + tag, OrganisationKind.SUPPLIER);
        customer = setup.saveOrganisation("admin", null, "Customer " + tag, OrganisationKind.CUSTOMER);
        people.createUser("admin", "cu-" + tag, "Customer Lead " + tag, "cu-" + tag + "@example.com", "secret-pw", false);
        people.createUser("admin", "su-" + tag, "Supplier Lead " + tag, null, "secret-pw", false);
    }

    private String prefix() {
        return "X" + tag.toUpperCase();
    }

    private NewPartnership request(String prefix) {
        return new NewPartnership("Globex ↔ Customer " + tag, prefix, "EUR", supplier.getId(), customer.getId(),
                "su-" + tag, "cu-" + tag);
    }

    @Test
    void a_new_partnership_works_at_once_in_the_engine_and_every_change_is_audited() {
        setup.open("admin", request(prefix()));

        assertThat(identity.createTenantQuery().userMember("cu-" + tag).list()).extracting(Tenant::getId)
                .containsExactly(prefix());
        assertThat(identity.createGroupQuery().groupMember("su-" + tag).list()).extracting(Group::getId)
                .anyMatch(id -> id.startsWith(prefix()));
        assertThat(identity.checkPassword("cu-" + tag, "secret-pw")).isTrue();
        assertThat(notifications.latest("cu-" + tag, 5)).singleElement().satisfies(welcome -> {
            assertThat(welcome.kind()).isEqualTo(NoticeKind.WELCOME);
            assertThat(welcome.message()).contains("customer side").contains("innovation lead");
        });

        Idea idea = ideas.submit("cu-" + tag, new IdeaSubmission(prefix(), "First idea of " + tag,
                "The first problem of the new partnership.", "A proposal for it.", null));
        assertThat(idea.getNumber()).isEqualTo(prefix() + "-1");
        Task screening = tasks.createTaskQuery().taskCandidateUser("su-" + tag).processInstanceBusinessKey(idea.getNumber())
                .singleResult();
        assertThat(screening).isNotNull();
        assertThat(screening.getTenantId()).isEqualTo(prefix());

        assertThat(audit.latest(prefix(), 10)).extracting(AuditLog.Entry::action).contains("Partnership opened");
        AuditLog.Entry opened = audit.latest(prefix(), 10).stream().filter(e -> e.action().equals("Partnership opened"))
                .findFirst().orElseThrow();
        assertThat(opened.actor()).isEqualTo("admin");
        assertThat(opened.before()).isNull();
        assertThat(opened.after()).contains("prefix: " + prefix()).contains("customer innovation lead: cu-" + tag);
    }

    @Test
    void a_duplicate_prefix_or_a_missing_innovation_lead_is_refused_and_nothing_is_saved() {
        setup.open("admin", request(prefix()));
        long partnershipsBefore = count("partnership");
        long membersBefore = count("member");
        long auditBefore = count("audit_entry");

        assertThatThrownBy(() -> setup.open("admin", request(prefix())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The prefix '" + prefix() + "' is used by another partnership");
        NewPartnership noLead = new NewPartnership("Without a lead", "Y" + prefix().substring(1), "EUR",
                supplier.getId(), customer.getId(), "su-" + tag, null);
        assertThatThrownBy(() -> setup.open("admin", noLead)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).containsKey("customerLead"))
                .hasMessageContaining("customer side's innovation lead");
        NewPartnership swapped = new NewPartnership("Swapped", "Z" + prefix().substring(1), "EURO",
                customer.getId(), supplier.getId(), "su-" + tag, "cu-" + tag);
        assertThatThrownBy(() -> setup.open("admin", swapped)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems())
                        .containsKeys("currency", "supplier", "customer"));

        assertThat(count("partnership")).isEqualTo(partnershipsBefore);
        assertThat(count("member")).isEqualTo(membersBefore);
        assertThat(count("audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void the_last_innovation_lead_of_a_side_cannot_leave_or_lose_the_role() {
        setup.open("admin", request(prefix()));

        assertThatThrownBy(() -> people.setMember("admin", prefix(), "cu-" + tag, Side.CUSTOMER, Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no innovation lead on the customer side");
        assertThatThrownBy(() -> people.removeMember("admin", prefix(), "su-" + tag, Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no innovation lead on the supplier side");
        assertThat(partnerships.membership("cu-" + tag, prefix()).orElseThrow().has(PartnershipRole.INNOVATION_LEAD))
                .isTrue();
    }

    @Test
    void an_account_manager_is_only_on_the_suppliers_side() {
        setup.open("admin", request(prefix()));
        long auditBefore = count("audit_entry");

        assertThatThrownBy(() -> people.setMember("admin", prefix(), "cu-" + tag, Side.CUSTOMER,
                Set.of(PartnershipRole.INNOVATION_LEAD, PartnershipRole.ACCOUNT_MANAGER)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("an account manager owns the relationship for the supplier");

        assertThat(partnerships.membership("cu-" + tag, prefix()).orElseThrow().has(PartnershipRole.ACCOUNT_MANAGER))
                .isFalse();
        assertThat(count("audit_entry")).isEqualTo(auditBefore);
        people.setMember("admin", prefix(), "su-" + tag, Side.SUPPLIER,
                Set.of(PartnershipRole.INNOVATION_LEAD, PartnershipRole.ACCOUNT_MANAGER));
        assertThat(partnerships.membership("su-" + tag, prefix()).orElseThrow().has(PartnershipRole.ACCOUNT_MANAGER))
                .isTrue();
    }

    @Test
    void a_board_needs_a_chair_on_the_board_and_both_sides() {
        setup.open("admin", request(prefix()));
        Set<String> both = Set.of("cu-" + tag, "su-" + tag);

        assertThatThrownBy(() -> setup.setBoard("admin", prefix(), both, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a chair");
        assertThatThrownBy(() -> setup.setBoard("admin", prefix(), Set.of("cu-" + tag), "cu-" + tag))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no member from the supplier side");
        assertThatThrownBy(() -> setup.setBoard("admin", prefix(), Set.of("cu-" + tag), "su-" + tag))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be a member of the board");
        assertThat(partnerships.board(prefix()).members()).isEmpty();

        setup.setBoard("admin", prefix(), both, "su-" + tag);

        assertThat(partnerships.board(prefix()).chair()).contains("su-" + tag);
        assertThat(partnerships.board(prefix()).members()).hasSize(2);
        assertThat(audit.latest(prefix(), 5).get(0).action()).isEqualTo("Board changed");
        assertThat(audit.latest(prefix(), 5).get(0).after()).contains("chair: su-" + tag);
    }

    @Test
    void a_campaign_that_closes_before_it_opens_is_refused() {
        setup.open("admin", request(prefix()));

        assertThatThrownBy(() -> setup.createCampaign("admin", prefix(), "Backwards", "Why?", "cu-" + tag,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1), EnumSet.allOf(Side.class)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("closes (2026-05-01) before it opens");
        setup.createCampaign("admin", prefix(), "Cut run cost", "How do we cut run cost by 20%?", "cu-" + tag,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), EnumSet.of(Side.CUSTOMER));
        assertThat(audit.latest(prefix(), 5).get(0).action()).isEqualTo("Campaign created");
    }

    @Test
    void deactivating_hands_over_tasks_and_locks_the_user_out_of_everything_but_keeps_their_ideas() {
        setup.open("admin", request(prefix()));
        people.createUser("admin", "su2-" + tag, "Second Supplier Lead", null, "secret-pw", false);
        people.setMember("admin", prefix(), "su2-" + tag, Side.SUPPLIER, Set.of(PartnershipRole.INNOVATION_LEAD));
        Idea idea = ideas.submit("cu-" + tag, new IdeaSubmission(prefix(), "An idea before leaving " + tag,
                "A problem someone must screen.", "A proposal.", null));
        Task screening = tasks.createTaskQuery().processInstanceBusinessKey(idea.getNumber()).singleResult();
        tasks.claim(screening.getId(), "su-" + tag);
        assertThat(people.tasksHeldBy("su-" + tag)).singleElement().satisfies(t -> {
            assertThat(t.about()).isEqualTo(idea.getNumber());
            assertThat(t.offeredToGroup()).isTrue();
        });

        assertThatThrownBy(() -> people.deactivate("admin", "su-" + tag, Map.of(screening.getId(), "nora")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nora is not a member of " + prefix());
        assertThat(tasks.createTaskQuery().taskId(screening.getId()).singleResult().getAssignee()).isEqualTo("su-" + tag);

        // Verified once, the password is remembered for a few minutes (API clients send it on every request) ...
        assertThat(identity.checkPassword("su-" + tag, "secret-pw")).isTrue();
        people.deactivate("admin", "su-" + tag, Map.of(screening.getId(), "su2-" + tag));
        // ... and refused at once after the deactivation.

        assertThat(tasks.createTaskQuery().taskId(screening.getId()).singleResult().getAssignee()).isEqualTo("su2-" + tag);
        assertThat(identity.checkPassword("su-" + tag, "secret-pw")).isFalse();
        assertThat(identity.createUserQuery().userId("su-" + tag).count()).isZero();
        assertThat(identity.createGroupQuery().groupMember("su-" + tag).count()).isZero();
        assertThat(tasks.createTaskQuery().taskCandidateUser("su-" + tag).count()).isZero();
        assertThat(partnerships.membershipsOf("su-" + tag)).isEmpty();
        assertThat(jdbc.sql("select count(*) from idea where number = ?").param(idea.getNumber()).query(Long.class)
                .single()).isEqualTo(1);
        // Newest first: the refused sign-in after the deactivation, and the deactivation itself.
        assertThat(audit.latest("su-" + tag, 5)).extracting(AuditLog.Entry::action)
                .containsSubsequence("Sign-in refused: wrong user name or password", "User deactivated");
    }

    @Test
    void the_last_administrator_cannot_be_deactivated_and_only_administrators_administer() {
        assertThatThrownBy(() -> people.deactivate("admin", "admin", Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("last active administrator");
        assertThat(identity.checkPassword("admin", "admin")).isTrue();

        assertThatThrownBy(() -> setup.saveOrganisation("nora", null, "Sneaky " + tag, OrganisationKind.PARTNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.createUser("nora", "sneaky-" + tag, "Sneaky", null, "secret-pw", true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void archiving_a_partnership_stops_new_ideas_and_deadlines_are_checked() {
        setup.open("admin", request(prefix()));

        assertThatThrownBy(() -> setup.change("admin", prefix(), "Renamed", "EUR",
                LifecycleSettings.DEFAULTS.withScreeningSlaDays(0), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("screening SLA must be between 1 and 60");
        assertThatThrownBy(() -> setup.change("admin", prefix(), "Renamed", "EUR",
                LifecycleSettings.DEFAULTS.withReportEscalationDays(0), true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missed progress report is escalated must be between 1 and 30");
        setup.change("admin", prefix(), "Renamed " + tag, "USD",
                LifecycleSettings.DEFAULTS.withScreeningSlaDays(3).withReportEscalationDays(5), false);

        assertThat(partnerships.lifecycleOf(prefix()).screeningSlaDays()).isEqualTo(3);
        assertThat(partnerships.lifecycleOf(prefix()).reportEscalationDays()).isEqualTo(5);
        assertThatThrownBy(() -> ideas.submit("cu-" + tag, new IdeaSubmission(prefix(), "Too late " + tag,
                "An archived partnership takes nothing.", "A proposal.", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("archived");
        AuditLog.Entry archived = audit.latest(prefix(), 5).get(0);
        assertThat(archived.action()).isEqualTo("Partnership archived");
        assertThat(archived.before()).contains("status: active").contains("screening SLA (working days): 5");
        assertThat(archived.after()).contains("status: archived").contains("currency: USD")
                .contains("missed report escalated after (days): 5");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
