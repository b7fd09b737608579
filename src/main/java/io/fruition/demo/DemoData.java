package io.fruition.demo;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.process.TaskActions;
import io.fruition.process.TaskInbox;
import io.fruition.process.TaskSummary;
import io.fruition.security.UserAccounts;

import static io.fruition.partnership.PartnershipRole.BOARD_CHAIR;
import static io.fruition.partnership.PartnershipRole.BOARD_MEMBER;
import static io.fruition.partnership.PartnershipRole.DELIVERY_OWNER;
import static io.fruition.partnership.PartnershipRole.ESTIMATOR;
import static io.fruition.partnership.PartnershipRole.INNOVATION_LEAD;
import static io.fruition.partnership.PartnershipRole.SPONSOR;

/**
 * Fills an empty database with the demo partnerships of the specification. Ideas are submitted and screened
 * through the same services and process steps a user would go through, so the engine's state is real.
 * Each user's password is their user name.
 */
@Component
@ConditionalOnProperty(name = "fruition.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final UserAccounts accounts;
    private final Partnerships partnerships;
    private final Ideas ideas;
    private final TaskInbox inbox;
    private final TaskActions tasks;
    private final TransactionTemplate transaction;

    DemoData(UserAccounts accounts, Partnerships partnerships, Ideas ideas, TaskInbox inbox, TaskActions tasks,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.ideas = ideas;
        this.inbox = inbox;
        this.tasks = tasks;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (accounts.exist()) {
            return;
        }
        LOG.info("Empty database: loading the demo partnerships, users and ideas");
        transaction.executeWithoutResult(status -> people());
        NorthGas.IDEAS.forEach(this::submitAndScreen);
        Initech.IDEAS.forEach(this::submitAndScreen);
        LOG.info("Demo data loaded. Sign in as nora/nora, sam/sam, pat/pat, ivan/ivan or admin/admin.");
    }

    private void people() {
        user("admin", "Ada Admin", true);
        user("nora", "Nora Nordqvist");
        user("carl", "Carl Christensen");
        user("cathy", "Cathy Carlsen");
        user("sam", "Sam Sutherland");
        user("steve", "Steve Stone");
        user("sue", "Sue Summers");
        user("dave", "Dave Delgado");
        user("pat", "Pat Partridge");
        user("ivan", "Ivan Ibsen");
        user("iris", "Iris Ingram");

        Organisation globex = partnerships.createOrganisation("Globex ITC", OrganisationKind.SUPPLIER);
        Organisation northGas = partnerships.createOrganisation("NorthGas", OrganisationKind.CUSTOMER);
        Organisation initech = partnerships.createOrganisation("Initech Retail", OrganisationKind.CUSTOMER);
        partnerships.createOrganisation("Brightlab Analytics", OrganisationKind.PARTNER);

        partnerships.createPartnership("Globex ITC ↔ NorthGas", "NG", "EUR", globex, northGas);
        member("NG", "nora", Side.CUSTOMER, INNOVATION_LEAD);
        member("NG", "carl", Side.CUSTOMER, ESTIMATOR, BOARD_MEMBER);
        member("NG", "cathy", Side.CUSTOMER, BOARD_MEMBER, SPONSOR);
        member("NG", "sam", Side.SUPPLIER, INNOVATION_LEAD);
        member("NG", "steve", Side.SUPPLIER, ESTIMATOR, BOARD_MEMBER);
        member("NG", "sue", Side.SUPPLIER, BOARD_MEMBER, BOARD_CHAIR, SPONSOR);
        member("NG", "dave", Side.SUPPLIER, DELIVERY_OWNER);
        member("NG", "pat", Side.PARTNER);

        partnerships.createPartnership("Globex ITC ↔ Initech Retail", "IR", "USD", globex, initech);
        member("IR", "ivan", Side.CUSTOMER, INNOVATION_LEAD, BOARD_MEMBER);
        member("IR", "iris", Side.SUPPLIER, INNOVATION_LEAD, BOARD_MEMBER);
    }

    private void user(String username, String name) {
        user(username, name, false);
    }

    private void user(String username, String name, boolean admin) {
        accounts.create(username, name, username + "@demo.fruition.io", username, admin);
    }

    private void member(String prefix, String username, Side side, PartnershipRole... roles) {
        Set<PartnershipRole> set = EnumSet.noneOf(PartnershipRole.class);
        set.addAll(Arrays.asList(roles));
        partnerships.addMember(prefix, username, side, set);
    }

    private void submitAndScreen(DemoIdea demo) {
        Idea idea = transaction.execute(status -> ideas.submit(demo.submitter(), demo.submission()));
        if (demo.screenedBy() == null) {
            return;
        }
        TaskSummary task = inbox.openTasksOf(demo.screenedBy(), 100).stream()
                .filter(t -> idea.getNumber().equals(t.ideaNumber())).findFirst().orElseThrow();
        tasks.complete(demo.screenedBy(), task.id(), demo.screening());
    }

    record DemoIdea(String submitter, IdeaSubmission submission, String screenedBy, Map<String, Object> screening) {

        static DemoIdea open(String submitter, String prefix, String title, String problem, String proposal,
                String benefit) {
            return new DemoIdea(submitter, new IdeaSubmission(prefix, title, problem, proposal, benefit), null, null);
        }

        DemoIdea accepted(String lead) {
            return new DemoIdea(submitter, submission, lead, Map.of("screeningDecision", "ACCEPT",
                    "screeningNote", "Clear problem and a plausible benefit for both sides."));
        }

        DemoIdea rejected(String lead, String reason) {
            return new DemoIdea(submitter, submission, lead, Map.of("screeningDecision", "REJECT",
                    "rejectionReason", reason));
        }
    }

    private static final class NorthGas {
        static final List<DemoIdea> IDEAS = List.of(
                DemoIdea.open("pat", "NG", "Predictive maintenance for compressor stations",
                        "Unplanned compressor outages cost NorthGas about 40 hours of reduced throughput a year.",
                        "Feed the existing vibration sensors into an anomaly model hosted by Globex and raise work orders automatically.",
                        "Fewer outages for NorthGas; a new managed analytics service for Globex."),
                DemoIdea.open("carl", "NG", "Self-service password reset for field staff",
                        "Field engineers call the service desk for 600 password resets a month.",
                        "Add self-service reset with MFA to the identity platform Globex already runs.",
                        "Less waiting for engineers; 600 fewer tickets a month for the desk."),
                DemoIdea.open("steve", "NG", "Consolidate the three monitoring stacks",
                        "NorthGas pays for three overlapping monitoring tools across IT and OT.",
                        "Move all alerts onto one observability platform operated by Globex.",
                        "Lower licence cost and one view of incidents.").accepted("nora"),
                DemoIdea.open("nora", "NG", "Right-size the test environments at night",
                        "Test environments run around the clock but are used only in office hours.",
                        "Schedule shutdown of non-production VMs between 20:00 and 06:00.",
                        "About 30% less infrastructure run cost for test systems.").accepted("sam"),
                DemoIdea.open("pat", "NG", "Blockchain for meter readings",
                        "Meter readings are disputed by some large customers.",
                        "Record every reading on a public blockchain.",
                        "Tamper-proof readings.").rejected("sam",
                        "The disputes are about estimated readings, not tampering; the smart-meter roll-out addresses them."));
    }

    private static final class Initech {
        static final List<DemoIdea> IDEAS = List.of(
                DemoIdea.open("ivan", "IR", "Shelf-gap detection from store cameras",
                        "Empty shelves are noticed late in 40 stores.",
                        "Use the existing CCTV feeds to detect gaps and alert store staff.",
                        "Higher on-shelf availability."),
                DemoIdea.open("iris", "IR", "Move the loyalty app backend to managed Kubernetes",
                        "The loyalty backend runs on ageing VMs patched by hand.",
                        "Re-platform onto the managed Kubernetes service.",
                        "Faster releases, less patching effort.").accepted("ivan"));
    }
}
