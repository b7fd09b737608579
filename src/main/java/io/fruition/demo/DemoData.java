package io.fruition.demo;

import static io.fruition.partnership.PartnershipRole.ACCOUNT_MANAGER;
import static io.fruition.partnership.PartnershipRole.BOARD_CHAIR;
import static io.fruition.partnership.PartnershipRole.BOARD_MEMBER;
import static io.fruition.partnership.PartnershipRole.DELIVERY_OWNER;
import static io.fruition.partnership.PartnershipRole.ESTIMATOR;
import static io.fruition.partnership.PartnershipRole.INNOVATION_LEAD;
import static io.fruition.partnership.PartnershipRole.SPONSOR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.commitment.CommitmentReview;
import io.fruition.commitment.Commitments;
import io.fruition.idea.Campaigns;
import io.fruition.idea.Idea;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.SimulatedTime;
import io.fruition.pulse.ActionPlans;
import io.fruition.pulse.PulseRounds;
import io.fruition.security.UserAccounts;
import io.fruition.shared.SignInHints;
import io.fruition.shared.StartupNotices;

/**
 * Fills an empty database with the demo partnerships of the specification. Ideas are submitted and screened
 * through the same services and process steps a user would go through, so the engine's state is real.
 * Each user's password is their user name.
 */
@Component
@ConditionalOnProperty(name = "fruition.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String NOTICE = "demo";

    private final UserAccounts accounts;
    private final Partnerships partnerships;
    private final Ideas ideas;
    private final ProcessSteps steps;
    private final Campaigns campaigns;
    private final TransactionTemplate transaction;
    private final SimulatedTime simulatedTime;
    private final StartupNotices notices;
    private final SignInHints hints;
    private final PulseRounds rounds;
    private final ActionPlans plans;
    private final Commitments commitments;
    private final CommitmentReview review;

    DemoData(UserAccounts accounts, Partnerships partnerships, Ideas ideas, ProcessSteps steps,
            Campaigns campaigns, TransactionTemplate transaction,
            SimulatedTime simulatedTime, StartupNotices notices,
            SignInHints hints, PulseRounds rounds, ActionPlans plans, Commitments commitments,
            CommitmentReview review) {
        this.rounds = rounds;
        this.plans = plans;
        this.commitments = commitments;
        this.review = review;
        this.hints = hints;
        this.simulatedTime = simulatedTime;
        this.notices = notices;
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.ideas = ideas;
        this.steps = steps;
        this.campaigns = campaigns;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        if (accounts.exist()) {
            offerHints();
            return;
        }
        LOG.info("Empty database: loading the demo partnerships, users and ideas");
        transaction.executeWithoutResult(status -> people());
        offerHints();
        LOG.info("Demo users ready: sign-in works now; the demo ideas are still loading");
        notices.show(NOTICE, "The demo is still loading: you can sign in now, and its ideas appear within a minute"
                + " or two.");
        try {
            ideasAndCampaigns();
        } finally {
            notices.clear(NOTICE);
        }
        LOG.info("Demo data loaded. Sign in as nora/nora, sam/sam, pat/pat, ivan/ivan or admin/admin.");
    }

    /** The demo's people and what each may do, for the sign-in page (the password is the user name). */
    private void offerHints() {
        List<String> lines = new ArrayList<>();
        for (var account : accounts.all()) {
            List<String> parts = new ArrayList<>();
            if (account.isAdmin()) {
                parts.add("administrator");
            }
            for (var m : partnerships.membershipsOf(account.getUsername())) {
                String roles = m.roles().stream().filter(r -> r != PartnershipRole.SUBMITTER).sorted().map(r -> r.name().toLowerCase().replace('_', ' '))
                        .collect(Collectors.joining(", "));
                parts.add(m.partnershipPrefix() + " " + m.side().name().toLowerCase()
                        + (roles.isEmpty() ? " submitter" : " " + roles));
            }
            lines.add(account.getUsername() + " — " + account.getDisplayName() + ": " + String.join("; ", parts));
        }
        hints.offer(lines);
    }

    private void ideasAndCampaigns() {
        transaction.executeWithoutResult(status -> campaigns.create("NG", "Cut our infrastructure run cost by 20%",
                "Which of the services Globex runs for NorthGas could cost a fifth less, without losing quality?", "sue",
                LocalDate.now().minusWeeks(2), LocalDate.now().plusWeeks(6),
                EnumSet.allOf(Side.class)));
        // The ideas' histories are laid out over the past months; the clock is put back whatever happens.
        DemoClock clock = new DemoClock(simulatedTime, Instant.now());
        try {
            DemoIdeas.northGas().forEach(demo -> bring(demo, clock));
            DemoIdeas.initech().forEach(demo -> bring(demo, clock));
            DemoPulse pulse = new DemoPulse(rounds, plans, steps, commitments, transaction, clock);
            pulse.northGas();
            pulse.initech();
            pulse.commitments();
            DemoIdeas.beyondTheFund().forEach(demo -> bring(demo, clock));
        } finally {
            simulatedTime.reset();
        }
        // What the calendar would find this morning: a commitment falling behind is told to both leads.
        transaction.executeWithoutResult(status -> review.run());
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
        user("ines", "Ines Ito");
        user("nils", "Nils Nyberg");
        user("ida", "Ida Isaksen");

        Organisation globex = partnerships.createOrganisation("Globex ITC", OrganisationKind.SUPPLIER);
        Organisation northGas = partnerships.createOrganisation("NorthGas", OrganisationKind.CUSTOMER);
        Organisation initech = partnerships.createOrganisation("Initech Retail", OrganisationKind.CUSTOMER);
        partnerships.createOrganisation("Brightlab Analytics", OrganisationKind.PARTNER);

        partnerships.createPartnership("Globex ITC ↔ NorthGas", "NG", "EUR", globex, northGas);
        member("NG", "nora", Side.CUSTOMER, INNOVATION_LEAD);
        member("NG", "carl", Side.CUSTOMER, ESTIMATOR, BOARD_MEMBER);
        member("NG", "cathy", Side.CUSTOMER, BOARD_MEMBER, SPONSOR);
        member("NG", "sam", Side.SUPPLIER, INNOVATION_LEAD, ACCOUNT_MANAGER);
        member("NG", "steve", Side.SUPPLIER, ESTIMATOR, BOARD_MEMBER);
        member("NG", "sue", Side.SUPPLIER, BOARD_MEMBER, BOARD_CHAIR, SPONSOR);
        member("NG", "dave", Side.SUPPLIER, DELIVERY_OWNER);
        member("NG", "pat", Side.PARTNER);
        member("NG", "nils", Side.CUSTOMER);

        partnerships.createPartnership("Globex ITC ↔ Initech Retail", "IR", "USD", globex, initech);
        // The spec's two IR members, with the roles a small partnership doubles up on, and one submitter, so that
        // a board without the submitter still has both sides and IR ideas can travel the whole lifecycle.
        member("IR", "ivan", Side.CUSTOMER, INNOVATION_LEAD, BOARD_MEMBER, ESTIMATOR, SPONSOR);
        member("IR", "iris", Side.SUPPLIER, INNOVATION_LEAD, BOARD_MEMBER, BOARD_CHAIR, ESTIMATOR, SPONSOR,
                DELIVERY_OWNER, ACCOUNT_MANAGER);
        member("IR", "ines", Side.CUSTOMER);
        member("IR", "ida", Side.CUSTOMER);
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

    private void bring(DemoIdeas.DemoIdea demo, DemoClock clock) {
        clock.startDaysAgo(Journey.daysBefore(demo.target(), demo.stop()));
        Idea idea = transaction.execute(status -> ideas.submit(demo.submitter(), demo.submission()));
        new Journey(steps, demo.cast(), idea.getNumber(), demo.oneOffCost(), clock).to(demo.target(), demo.duplicateOf(),
                demo.stop());
        LOG.debug("Demo idea {} is {}", idea.getNumber(), demo.target());
    }
}
