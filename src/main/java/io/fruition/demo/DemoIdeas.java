package io.fruition.demo;

import java.util.List;

import io.fruition.demo.Journey.Cast;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaSubmission;

/**
 * The demo ideas of both partnerships: one or more in every status of the lifecycle, each with the one-off cost
 * that decides whether sponsors approve it. They are submitted in this order, so NG-1 and IR-1 come first.
 */
final class DemoIdeas {

    static final Cast NORTHGAS = new Cast("nora", "sam", "carl", "steve", "dave", "sue", "cathy");
    static final Cast INITECH = new Cast("ivan", "iris", "ivan", "iris", "iris", "iris", "ivan");

    /** A stop inside a status, so that Cockpit shows an instance waiting at every user task. */
    enum Stop {
        NONE, AT_BOTH_ESTIMATES, AT_CHAIR, AT_ACCEPTANCE, AT_BENEFITS_REVIEW,
        /** Approved by the board and the sponsors, beyond the year's innovation fund: both leads must agree. */
        AT_OVERDRAFT
    }

    record DemoIdea(String submitter, IdeaSubmission submission, IdeaStatus target, long oneOffCost,
            String duplicateOf, Cast cast, Stop stop) {

        DemoIdea duplicating(String original) {
            return new DemoIdea(submitter, submission, target, oneOffCost, original, cast, stop);
        }

        DemoIdea stoppingAt(Stop where) {
            return new DemoIdea(submitter, submission, target, oneOffCost, duplicateOf, cast, where);
        }
    }

    private DemoIdeas() {
    }

    /** Brought once the commitments are agreed: an approval the year's innovation fund cannot cover. */
    static List<DemoIdea> beyondTheFund() {
        return List.of(ir("ines", IdeaStatus.AWAITING_SPONSOR, 60_000, "Self-checkout lanes in the three pilot stores",
                "Queues at the tills are the first complaint in Initech's customer survey.",
                "Install self-checkout lanes in the three pilot stores, integrated with the till system Globex runs.",
                "Shorter queues for Initech's shoppers; a managed checkout service for Globex.")
                .stoppingAt(Stop.AT_OVERDRAFT));
    }

    static List<DemoIdea> northGas() {
        return List.of(
                ng("steve", IdeaStatus.IN_VALUATION, 8_000, "Consolidate the three monitoring stacks",
                        "NorthGas pays for three overlapping monitoring tools across IT and OT.",
                        "Move all alerts onto one observability platform operated by Globex.",
                        "Lower licence cost and one view of incidents."),
                ng("pat", IdeaStatus.SUBMITTED, 0, "Predictive maintenance for compressor stations",
                        "Unplanned compressor outages cost NorthGas about 40 hours of reduced throughput a year.",
                        "Feed the existing vibration sensors into an anomaly model hosted by Globex and raise work orders automatically.",
                        "Fewer outages for NorthGas; a new managed analytics service for Globex."),
                ng("carl", IdeaStatus.IN_SCREENING, 0, "Self-service password reset for field staff",
                        "Field engineers call the service desk for 600 password resets a month.",
                        "Add self-service reset with MFA to the identity platform Globex already runs.",
                        "Less waiting for engineers; 600 fewer tickets a month for the desk."),
                ng("pat", IdeaStatus.NEEDS_CLARIFICATION, 0, "Drone inspection of above-ground pipelines",
                        "Foot patrols inspect 300 km of above-ground pipeline twice a year.",
                        "Fly drones with thermal cameras and let a model flag anomalies.",
                        "Faster inspections and earlier leak detection."),
                ng("steve", IdeaStatus.PARKED, 0, "Chatbot for billing questions",
                        "A third of the calls to NorthGas's contact centre are simple billing questions.",
                        "Answer them with a chatbot on the customer portal, backed by the billing system.",
                        "Shorter queues; lower contact-centre cost."),
                ng("pat", IdeaStatus.REJECTED, 0, "Blockchain for meter readings",
                        "Meter readings are disputed by some large customers.",
                        "Record every reading on a public blockchain.",
                        "Tamper-proof readings."),
                ng("carl", IdeaStatus.DUPLICATE, 0, "One monitoring tool instead of three",
                        "Our operators switch between three monitoring consoles during incidents.",
                        "Standardise on one monitoring tool.",
                        "Quicker incident handling.").duplicating("NG-1"),
                ng("pat", IdeaStatus.WITHDRAWN, 0, "Virtual-reality training for field engineers",
                        "New engineers need months of shadowing before working alone on gas installations.",
                        "Train the risky procedures in virtual reality first.",
                        "Faster onboarding, fewer incidents."),
                ng("nora", IdeaStatus.IN_REVIEW, 6_000, "Right-size the test environments at night",
                        "Test environments run around the clock but are used only in office hours.",
                        "Schedule shutdown of non-production VMs between 20:00 and 06:00.",
                        "About 30% less infrastructure run cost for test systems."),
                ng("pat", IdeaStatus.IN_REVISION, 30_000, "A data lake for smart-meter data",
                        "Smart-meter data sits in four systems and nobody can combine it.",
                        "Land all meter data in one lake that both sides' analysts can use.",
                        "Better forecasting for NorthGas; analytics services for Globex."),
                ng("carl", IdeaStatus.AWAITING_SPONSOR, 24_000, "Automated patching of OT workstations",
                        "Patching the control-room workstations takes two engineers a week every month.",
                        "Automate patch testing and roll-out in maintenance windows.",
                        "Fewer vulnerabilities; a week of engineering time saved each month."),
                ng("steve", IdeaStatus.APPROVED, 7_500, "Single sign-on for the contractor portal",
                        "Contractors keep separate passwords for the portal and the permit system.",
                        "Put both behind the single sign-on Globex operates.",
                        "Fewer lock-outs; less support effort."),
                ng("nora", IdeaStatus.IN_DELIVERY, 18_000, "Automatic capacity reports for the board",
                        "Capacity reports are assembled by hand from spreadsheets every month.",
                        "Generate them from the monitoring data and send them automatically.",
                        "Two days a month saved; numbers everyone trusts."),
                ng("sam", IdeaStatus.DELIVERED, 9_000, "Archive cold e-mail to cheaper storage",
                        "NorthGas's mailboxes grow 20% a year on premium storage.",
                        "Move mail older than two years to an archive tier automatically.",
                        "Lower storage cost; smaller backups."),
                ng("carl", IdeaStatus.REALISED, 4_000, "Automated onboarding of new field engineers",
                        "Setting up accounts and devices for a new engineer takes five working days.",
                        "Trigger all set-up steps from the HR system when a contract is signed.",
                        "New engineers productive on day one; less desk effort."),
                ng("pat", IdeaStatus.IN_REVIEW, 15_000, "Leak alerts by text message for large customers",
                        "Large customers learn about supply interruptions from the news.",
                        "Send text alerts from the network control system to registered contacts.",
                        "Fewer calls in an incident; a premium service for Globex to sell.").stoppingAt(Stop.AT_CHAIR),
                ng("steve", IdeaStatus.IN_DELIVERY, 6_500, "Dark mode for the control-room dashboards",
                        "Operators on night shifts complain about glare from the dashboards.",
                        "Offer a dark theme for every control-room dashboard.",
                        "Less eye strain on night shifts.").stoppingAt(Stop.AT_ACCEPTANCE),
                ng("nora", IdeaStatus.DELIVERED, 3_500, "Automatic clean-up of stale user accounts",
                        "Leavers' accounts stay active for months.",
                        "Disable accounts automatically when HR records a leaving date.",
                        "Lower risk; cleaner licence counts.").stoppingAt(Stop.AT_BENEFITS_REVIEW));
    }

    static List<DemoIdea> initech() {
        return List.of(
                ir("ines", IdeaStatus.IN_VALUATION, 12_000, "Move the loyalty app backend to managed Kubernetes",
                        "The loyalty backend runs on ageing VMs patched by hand.",
                        "Re-platform onto the managed Kubernetes service.",
                        "Faster releases, less patching effort.").stoppingAt(Stop.AT_BOTH_ESTIMATES),
                ir("ines", IdeaStatus.SUBMITTED, 0, "Shelf-gap detection from store cameras",
                        "Empty shelves are noticed late in 40 stores.",
                        "Use the existing CCTV feeds to detect gaps and alert store staff.",
                        "Higher on-shelf availability."),
                ir("ines", IdeaStatus.IN_SCREENING, 0, "Electronic shelf labels in the flagship stores",
                        "Price changes take staff two hours per store each week.",
                        "Pilot electronic shelf labels in the five flagship stores.",
                        "Staff time back on the shop floor."),
                ir("ines", IdeaStatus.NEEDS_CLARIFICATION, 0, "Click and collect lockers",
                        "Click-and-collect customers queue at the service desk.",
                        "Install parcel lockers at the entrance.",
                        "Shorter queues, happier customers."),
                ir("ines", IdeaStatus.PARKED, 0, "Voice ordering for the loyalty app",
                        "Customers ask for faster re-ordering of their usual basket.",
                        "Add voice ordering to the loyalty app.",
                        "More app orders."),
                ir("ines", IdeaStatus.REJECTED, 0, "Replace the tills with tablets",
                        "The tills are eight years old.",
                        "Replace every till with a consumer tablet.",
                        "Modern look."),
                ir("ines", IdeaStatus.DUPLICATE, 0, "Kubernetes for the loyalty platform",
                        "Loyalty releases are slow because of the old VMs.",
                        "Containerise the loyalty platform.",
                        "Quicker releases.").duplicating("IR-1"),
                ir("ines", IdeaStatus.WITHDRAWN, 0, "In-store music personalised by loyalty profile",
                        "Store music is the same in every store all day.",
                        "Personalise music to the loyalty profiles of the customers present.",
                        "Longer visits."),
                ir("ines", IdeaStatus.IN_REVIEW, 6_000, "Energy dashboard per store",
                        "Store managers cannot see their energy use.",
                        "Show each store's energy use from the smart meters on a dashboard.",
                        "Lower energy bills."),
                ir("ines", IdeaStatus.IN_REVISION, 15_000, "Forecast staffing from footfall",
                        "Rotas are planned from last year's rotas.",
                        "Forecast staffing needs from the footfall counters.",
                        "Fewer understaffed peaks."),
                ir("ines", IdeaStatus.AWAITING_SPONSOR, 60_000, "Self-checkout in twenty stores",
                        "Queues at the tills are the top complaint in the customer survey.",
                        "Install self-checkout in the twenty busiest stores.",
                        "Shorter queues; staff freed for service."),
                ir("ines", IdeaStatus.APPROVED, 5_000, "Digital receipts in the loyalty app",
                        "Paper receipts cost Initech 80,000 USD a year.",
                        "Offer digital receipts in the loyalty app.",
                        "Less paper; receipts customers can find."),
                ir("ines", IdeaStatus.IN_DELIVERY, 20_000, "Automated stock-count reconciliation",
                        "Stock counts are reconciled by hand at head office.",
                        "Reconcile counts automatically against the ERP.",
                        "A week of head-office effort saved each quarter."),
                ir("ines", IdeaStatus.DELIVERED, 7_000, "Wi-Fi analytics for store layout",
                        "Store layouts are changed on gut feeling.",
                        "Use anonymous Wi-Fi analytics to see how customers move.",
                        "Better layouts."),
                ir("ines", IdeaStatus.REALISED, 3_000, "Password-less sign-in for store staff",
                        "Store staff share till passwords.",
                        "Badge-based sign-in on every till.",
                        "Accountability and fewer lock-outs."));
    }

    private static DemoIdea ng(String submitter, IdeaStatus target, long cost, String title, String problem,
            String proposal, String benefit) {
        return new DemoIdea(submitter, new IdeaSubmission("NG", title, problem, proposal, benefit), target, cost, null,
                NORTHGAS, Stop.NONE);
    }

    private static DemoIdea ir(String submitter, IdeaStatus target, long cost, String title, String problem,
            String proposal, String benefit) {
        return new DemoIdea(submitter, new IdeaSubmission("IR", title, problem, proposal, benefit), target, cost, null,
                INITECH, Stop.NONE);
    }
}
