package io.fruition.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Campaign;
import io.fruition.idea.Campaigns;
import io.fruition.partnership.Board;
import io.fruition.partnership.LifecycleSettings;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.PartnershipAdministration;
import io.fruition.partnership.PartnershipAdministration.NewPartnership;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.PulseSettings;
import io.fruition.partnership.Side;
import io.fruition.security.UserAccounts;
import io.fruition.shared.NotFoundException;

/** An administrator sets up organisations, partnerships, boards and campaigns; every change is audited. */
@Service
@Transactional
public class PartnershipSetup {

    private final AdminAccess access;
    private final AuditLog audit;
    private final PartnershipAdministration administration;
    private final Partnerships partnerships;
    private final Campaigns campaigns;
    private final UserAccounts accounts;
    private final People people;

    PartnershipSetup(AdminAccess access, AuditLog audit, PartnershipAdministration administration,
            Partnerships partnerships, Campaigns campaigns, UserAccounts accounts, People people) {
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.administration = administration;
        this.partnerships = partnerships;
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return administration.organisations();
    }

    /** A partnership as the administration lists it. */
    public record PartnershipRow(String prefix, String name, String currency, String supplier, String customer,
            boolean active, LifecycleSettings lifecycle, PulseSettings pulse) {
    }

    @Transactional(readOnly = true)
    public List<PartnershipRow> partnerships() {
        return partnerships.all().stream().map(p -> new PartnershipRow(p.getPrefix(), p.getName(), p.getCurrency(),
                p.getSupplier().getName(), p.getCustomer().getName(), p.isActive(), p.getLifecycle(), p.getPulse()))
                .toList();
    }

    public Organisation saveOrganisation(String actor, Long id, String name, OrganisationKind kind) {
        access.require(actor);
        Map<String, Object> before = id == null ? null : administration.organisations().stream()
                .filter(o -> o.getId().equals(id)).findFirst().map(PartnershipSetup::state).orElse(null);
        Organisation saved = administration.saveOrganisation(id, name, kind);
        audit.record(actor, id == null ? "Organisation created" : "Organisation changed", saved.getName(), before,
                state(saved));
        return saved;
    }

    public Partnership open(String actor, NewPartnership request) {
        access.require(actor);
        Partnership partnership = administration.open(request, u -> accounts.find(u).isPresent());
        partnerships.membersOf(partnership.getPrefix()).forEach(people::welcome);
        Map<String, Object> after = state(partnership);
        after.put("supplier innovation lead", request.supplierLead());
        after.put("customer innovation lead", request.customerLead());
        audit.record(actor, "Partnership opened", partnership.getPrefix(), null, after);
        return partnership;
    }

    public Partnership change(String actor, String prefix, String name, String currency, LifecycleSettings lifecycle,
            boolean active) {
        return change(actor, prefix, name, currency, lifecycle, find(prefix).getPulse(), active);
    }

    /** The same, with the partnership's pulse settings, all in one change. */
    public Partnership change(String actor, String prefix, String name, String currency, LifecycleSettings lifecycle,
            PulseSettings pulse, boolean active) {
        access.require(actor);
        Map<String, Object> before = state(find(prefix));
        Partnership changed = administration.change(prefix, name, currency, lifecycle, pulse, active);
        audit.record(actor, before.get("status").equals(state(changed).get("status")) ? "Partnership changed"
                : active ? "Partnership reopened" : "Partnership archived", prefix, before, state(changed));
        return changed;
    }

    public void setBoard(String actor, String prefix, Set<String> members, String chair) {
        access.require(actor);
        Map<String, Object> before = state(partnerships.board(prefix));
        administration.setBoard(prefix, members, chair);
        audit.record(actor, "Board changed", prefix, before, state(partnerships.board(prefix)));
    }

    public Campaign createCampaign(String actor, String prefix, String title, String question, String sponsor,
            LocalDate opensOn, LocalDate closesOn, Set<Side> openTo) {
        access.require(actor);
        Campaign campaign = campaigns.create(prefix, title, question, sponsor, opensOn, closesOn, openTo);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", campaign.title());
        after.put("question", question);
        after.put("sponsor", sponsor);
        after.put("opens", opensOn);
        after.put("closes", closesOn);
        after.put("open to", new TreeSet<>(openTo.stream().map(Side::label).toList()));
        audit.record(actor, "Campaign created", prefix + " · " + campaign.title(), null, after);
        return campaign;
    }

    private Partnership find(String prefix) {
        return partnerships.byPrefix(prefix)
                .orElseThrow(() -> new NotFoundException("There is no partnership with the prefix '" + prefix + "'."));
    }

    private static Map<String, Object> state(Organisation o) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", o.getName());
        state.put("kind", o.getKind());
        return state;
    }

    static Map<String, Object> state(Partnership p) {
        LifecycleSettings l = p.getLifecycle();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", p.getName());
        state.put("prefix", p.getPrefix());
        state.put("currency", p.getCurrency());
        state.put("status", p.isActive() ? "active" : "archived");
        state.put("screening SLA (working days)", l.screeningSlaDays());
        state.put("clarification (days)", l.clarificationDays());
        state.put("board vote (days)", l.boardVoteDays());
        state.put("progress reports every (days)", l.progressReportDays());
        state.put("missed report escalated after (days)", l.reportEscalationDays());
        state.put("benefits review after (days)", l.benefitsReviewDays());
        state.put("parked for (days)", l.parkDays());
        state.put("revision rounds", l.maxRevisionRounds());
        state.put("estimates due in (working days)", l.estimateDays());
        state.put("chair decides in (working days)", l.chairDecisionDays());
        state.put("sponsors decide in (working days)", l.sponsorDecisionDays());
        state.put("delivery planned in (working days)", l.deliveryPlanDays());
        state.put("delivery accepted in (working days)", l.acceptanceDays());
        state.put("benefit recorded in (working days)", l.benefitRecordDays());
        PulseSettings pulse = p.getPulse();
        state.put("pulse every (months)", pulse.cadenceMonths());
        state.put("pulse predictions in (working days)", pulse.predictionDays());
        state.put("pulse answers in (working days)", pulse.answerDays());
        state.put("pulse reminder before close (working days)", pulse.reminderDays());
        state.put("pulse threshold", pulse.threshold());
        state.put("pulse gap that calls for a plan", pulse.gapThreshold());
        state.put("action plan taken on in (working days)", pulse.acknowledgeDays());
        state.put("action plan made in (working days)", pulse.actionPlanDays());
        state.put("action plan agreed in (working days)", pulse.agreementDays());
        return state;
    }

    private static Map<String, Object> state(Board board) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("members", board.members().stream().map(Membership::username).sorted().toList());
        state.put("chair", board.chair().orElse(null));
        return state;
    }
}
