package io.fruition.process;

import static io.fruition.process.ProcessVariable.amount;
import static io.fruition.process.ProcessVariable.asSent;
import static io.fruition.process.ProcessVariable.choice;
import static io.fruition.process.ProcessVariable.count;
import static io.fruition.process.ProcessVariable.day;
import static io.fruition.process.ProcessVariable.flag;
import static io.fruition.process.ProcessVariable.moment;
import static io.fruition.process.ProcessVariable.names;
import static io.fruition.process.ProcessVariable.number;
import static io.fruition.process.ProcessVariable.text;
import static io.fruition.process.ProcessVariable.wholeNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import io.fruition.delivery.Rag;
import io.fruition.partnership.Side;
import io.fruition.review.BoardOutcome;
import io.fruition.review.ScreeningOutcome;
import io.fruition.review.Verdict;
import io.fruition.review.VoteDecision;
import io.fruition.valuation.Confidence;
import io.fruition.valuation.Priority;

/**
 * The idea lifecycle (bpmn/idea-lifecycle.bpmn) and its called delivery process (bpmn/idea-delivery.bpmn): their
 * keys, the ids of the elements code and tests refer to, and their variables, each named once and read with its
 * type. The process carries ids and decisions; business data stays in the application's tables.
 */
public final class IdeaProcess {

    public static final String KEY = "idea-lifecycle";
    public static final String DELIVERY_KEY = "idea-delivery";
    /** The message that withdraws an idea at its submitter's request. */
    public static final String WITHDRAWN_MESSAGE = "IdeaWithdrawn";

    /** Element ids of the idea lifecycle. */
    public static final class Element {
        public static final String SUBMITTED = "StartEvent_IdeaSubmitted";
        public static final String SCREEN_IDEA = "UserTask_ScreenIdea";
        public static final String SCREENING_OVERDUE = "BoundaryEvent_ScreeningOverdue";
        public static final String ESCALATE_SCREENING = "ServiceTask_EscalateScreening";
        public static final String SCREENING_ESCALATED = "EndEvent_ScreeningEscalated";
        public static final String SCREENING_DECISION = "Gateway_ScreeningDecision";
        public static final String CLARIFY_IDEA = "UserTask_ClarifyIdea";
        public static final String CLARIFICATION_EXPIRED = "BoundaryEvent_ClarificationExpired";
        public static final String WITHDRAWN_UNANSWERED = "EndEvent_WithdrawnUnanswered";
        public static final String REJECTED_IN_SCREENING = "EndEvent_RejectedInScreening";
        public static final String MERGE_DUPLICATE = "ServiceTask_MergeDuplicate";
        public static final String DUPLICATE = "EndEvent_Duplicate";
        public static final String PARKED = "TimerEvent_ParkedPeriodOver";
        public static final String START_VALUATION = "Gateway_StartValuation";
        public static final String ESTIMATE_CUSTOMER_VALUE = "UserTask_EstimateCustomerValue";
        public static final String ESTIMATE_SUPPLIER_VALUE = "UserTask_EstimateSupplierValue";
        public static final String BOTH_ESTIMATES_IN = "Gateway_BothEstimatesIn";
        public static final String CLASSIFY_PRIORITY = "BusinessRuleTask_ClassifyPriority";
        public static final String CONVENE_BOARD = "ServiceTask_ConveneBoard";
        public static final String BOARD_VOTE = "UserTask_BoardVote";
        public static final String VOTING_DEADLINE = "BoundaryEvent_VotingDeadline";
        public static final String TALLY_VOTES = "ServiceTask_TallyVotes";
        public static final String BOARD_OUTCOME = "Gateway_BoardOutcome";
        public static final String REVISE_IDEA = "UserTask_ReviseIdea";
        public static final String CHAIR_DECISION = "UserTask_ChairDecision";
        public static final String REJECTED_BY_BOARD = "EndEvent_RejectedByBoard";
        public static final String ROUTE_APPROVAL = "BusinessRuleTask_RouteApproval";
        public static final String SPONSOR_APPROVAL = "UserTask_SponsorApproval";
        public static final String REJECTED_BY_SPONSOR = "EndEvent_RejectedBySponsor";
        public static final String CHECK_FUND = "ServiceTask_CheckFund";
        public static final String AGREE_OVERDRAFT = "UserTask_AgreeOverdraft";
        public static final String NOT_FUNDED = "EndEvent_NotFunded";
        public static final String OVERDRAW = "ServiceTask_Overdraw";
        public static final String APPROVED = "Event_Approved";
        public static final String DELIVERY = "CallActivity_Delivery";
        public static final String DELIVERED = "Event_Delivered";
        public static final String BENEFITS_REVIEW_DUE = "TimerEvent_BenefitsReviewDue";
        public static final String RECORD_CUSTOMER_BENEFIT = "UserTask_RecordCustomerBenefit";
        public static final String RECORD_SUPPLIER_BENEFIT = "UserTask_RecordSupplierBenefit";
        public static final String REALISED = "EndEvent_Realised";
        public static final String WITHDRAWAL = "SubProcess_Withdrawal";
        public static final String WITHDRAWN_BY_SUBMITTER = "EndEvent_WithdrawnBySubmitter";

        private Element() {
        }
    }

    /** Element ids of the delivery process. */
    public static final class DeliveryElement {
        public static final String PLAN_DELIVERY = "UserTask_PlanDelivery";
        public static final String DELIVERING = "SubProcess_Delivering";
        public static final String REPORT_PROGRESS = "UserTask_ReportProgress";
        public static final String REPORT_DUE = "BoundaryEvent_ReportDue";
        public static final String REMIND_REPORT = "ServiceTask_RemindReport";
        public static final String REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
        public static final String ESCALATE_REPORT = "ServiceTask_EscalateReport";
        public static final String ACCEPT_DELIVERY = "UserTask_AcceptDelivery";
        public static final String MILESTONE_CHECK = "BoundaryEvent_MilestoneCheck";
        public static final String ESCALATE_MILESTONES = "ServiceTask_EscalateOverdueMilestones";
        public static final String DELIVERY_ACCEPTED = "EndEvent_DeliveryAccepted";

        private DeliveryElement() {
        }
    }

    /**
     * The user steps of both models, in the order an idea meets them: the one list the inbox's step filter and the
     * portfolio's open steps follow. Their names are the models' own ({@link UserSteps}).
     */
    public static final List<String> USER_STEPS = List.of(Element.SCREEN_IDEA, Element.CLARIFY_IDEA,
            Element.ESTIMATE_CUSTOMER_VALUE, Element.ESTIMATE_SUPPLIER_VALUE, Element.BOARD_VOTE,
            Element.CHAIR_DECISION, Element.REVISE_IDEA, Element.SPONSOR_APPROVAL, Element.AGREE_OVERDRAFT,
            DeliveryElement.PLAN_DELIVERY,
            DeliveryElement.REPORT_PROGRESS, DeliveryElement.ACCEPT_DELIVERY, Element.RECORD_CUSTOMER_BENEFIT,
            Element.RECORD_SUPPLIER_BENEFIT);

    /** Variable names. Form field keys are variables too: the forms in forms/ use exactly these. */
    public static final class Var {
        public static final String IDEA_ID = "ideaId";
        public static final String IDEA_NUMBER = "ideaNumber";
        public static final String IDEA_TITLE = "ideaTitle";
        public static final String PARTNERSHIP = "partnership";
        public static final String SUBMITTER = "submitter";
        // screening (form idea-screening)
        public static final String SCREENING_DECISION = "screeningDecision";
        public static final String CLARIFICATION_QUESTION = "clarificationQuestion";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String DUPLICATE_OF = "duplicateOf";
        public static final String DUPLICATE_OF_ID = "duplicateOfId";
        public static final String SCREENING_NOTE = "screeningNote";
        // clarification and revision (forms idea-clarification, idea-revision)
        public static final String CLARIFICATION_ANSWER = "clarificationAnswer";
        public static final String REVISED_PROPOSAL = "revisedProposal";
        public static final String REVISION_NOTE = "revisionNote";
        // valuation (form value-estimate; local to each estimate task)
        public static final String ESTIMATE_SIDE = "estimateSide";
        public static final String BENEFIT_LOW = "benefitLow";
        public static final String BENEFIT_LIKELY = "benefitLikely";
        public static final String BENEFIT_HIGH = "benefitHigh";
        public static final String ONE_OFF_COST = "oneOffCost";
        public static final String EFFORT_DAYS = "effortDays";
        public static final String MONTHS_TO_VALUE = "monthsToValue";
        public static final String CONFIDENCE = "confidence";
        public static final String RATIONALE = "rationale";
        // priority decision inputs and result (bpmn/idea-priority.dmn)
        public static final String CUSTOMER_BENEFIT = "customerBenefit";
        public static final String SUPPLIER_BENEFIT = "supplierBenefit";
        public static final String MUTUAL_VALUE_SCORE = "mutualValueScore";
        public static final String PRIORITY = "priority";
        // board (form board-vote local to each vote; chair-decision)
        public static final String VOTERS = "voters";
        public static final String VOTER = "voter";
        public static final String REVIEW_ROUND = "reviewRound";
        public static final String VOTING_DEADLINE = "votingDeadline";
        public static final String VOTE = "vote";
        public static final String VOTE_REASON = "voteReason";
        public static final String BOARD_OUTCOME = "boardOutcome";
        public static final String BOARD_COMMENTS = "boardComments";
        public static final String VOTES_SUMMARY = "votesSummary";
        public static final String CHAIR_DECISION = "chairDecision";
        public static final String CHAIR_REASON = "chairReason";
        // sponsors (bpmn/approval-routing.dmn; form sponsor-approval local to each sponsor task)
        public static final String SPONSOR_SIDES = "sponsorSides";
        public static final String SPONSOR_SIDE = "sponsorSide";
        public static final String SPONSOR_SIDE_WORDS = "sponsorSideWords";
        public static final String SPONSOR_DECISION = "sponsorDecision";
        public static final String SPONSOR_REASON = "sponsorReason";
        public static final String SPONSOR_REJECTED = "sponsorRejected";
        public static final String SPONSOR_REASONS = "sponsorReasons";
        // the innovation fund (form fund-overdraft local to each lead's task)
        public static final String FUND_COVERS = "fundCovers";
        public static final String FUND_SHORTFALL_WORDS = "fundShortfallWords";
        public static final String OVERDRAFT_SIDES = "overdraftSides";
        public static final String OVERDRAFT_SIDE = "overdraftSide";
        public static final String OVERDRAFT_DECISION = "overdraftDecision";
        public static final String OVERDRAFT_REASON = "overdraftReason";
        public static final String OVERDRAFT_REFUSED = "overdraftRefused";
        public static final String OVERDRAFT_REASONS = "overdraftReasons";
        public static final String OVERDRAFT_CUSTOMER_LEAD = "overdraftCustomerLead";
        public static final String OVERDRAFT_SUPPLIER_LEAD = "overdraftSupplierLead";
        // delivery (forms delivery-plan, progress-report, delivery-acceptance)
        public static final String DELIVERY_OWNER = "deliveryOwner";
        public static final String DELIVERY_TARGET_DATE = "deliveryTargetDate";
        public static final String MILESTONES = "milestones";
        public static final String DELIVERY_NOTE = "deliveryNote";
        public static final String RAG = "rag";
        public static final String PERCENT_COMPLETE = "percentComplete";
        public static final String PROGRESS_SUMMARY = "progressSummary";
        public static final String MILESTONES_DONE = "milestonesDone";
        public static final String DELIVERY_FINISHED = "deliveryFinished";
        public static final String ACCEPTANCE = "acceptance";
        public static final String RETURN_REASONS = "returnReasons";
        public static final String ACCEPTANCE_NOTE = "acceptanceNote";
        // benefits review (form benefit-review, local to each task)
        public static final String BENEFIT_SIDE = "benefitSide";
        public static final String REALISED_BENEFIT = "realisedBenefit";
        public static final String BENEFIT_NOTE = "benefitNote";

        private Var() {
        }
    }

    /** The customer's decision on a delivery (form delivery-acceptance). */
    public enum Acceptance {
        ACCEPT, RETURN
    }

    // The variables, typed: read and written only through these (ProcessVariable).

    public static final ProcessVariable<Long> IDEA_ID = number(Var.IDEA_ID);
    public static final ProcessVariable<String> IDEA_NUMBER = text(Var.IDEA_NUMBER);
    public static final ProcessVariable<String> IDEA_TITLE = text(Var.IDEA_TITLE);
    public static final ProcessVariable<String> PARTNERSHIP = text(Var.PARTNERSHIP);
    public static final ProcessVariable<String> SUBMITTER = text(Var.SUBMITTER);
    public static final ProcessVariable<ScreeningOutcome> SCREENING_DECISION =
            choice(Var.SCREENING_DECISION, ScreeningOutcome.class, "a screening decision");
    public static final ProcessVariable<String> CLARIFICATION_QUESTION = text(Var.CLARIFICATION_QUESTION);
    public static final ProcessVariable<String> REJECTION_REASON = text(Var.REJECTION_REASON);
    public static final ProcessVariable<String> DUPLICATE_OF = text(Var.DUPLICATE_OF);
    public static final ProcessVariable<Long> DUPLICATE_OF_ID = number(Var.DUPLICATE_OF_ID);
    public static final ProcessVariable<String> SCREENING_NOTE = text(Var.SCREENING_NOTE);
    public static final ProcessVariable<String> CLARIFICATION_ANSWER = text(Var.CLARIFICATION_ANSWER);
    public static final ProcessVariable<String> REVISED_PROPOSAL = text(Var.REVISED_PROPOSAL);
    public static final ProcessVariable<String> REVISION_NOTE = text(Var.REVISION_NOTE);
    public static final ProcessVariable<Side> ESTIMATE_SIDE = choice(Var.ESTIMATE_SIDE, Side.class, "a side");
    public static final ProcessVariable<BigDecimal> BENEFIT_LOW = amount(Var.BENEFIT_LOW);
    public static final ProcessVariable<BigDecimal> BENEFIT_LIKELY = amount(Var.BENEFIT_LIKELY);
    public static final ProcessVariable<BigDecimal> BENEFIT_HIGH = amount(Var.BENEFIT_HIGH);
    public static final ProcessVariable<BigDecimal> ONE_OFF_COST = amount(Var.ONE_OFF_COST);
    public static final ProcessVariable<Integer> EFFORT_DAYS = wholeNumber(Var.EFFORT_DAYS);
    public static final ProcessVariable<Integer> MONTHS_TO_VALUE = wholeNumber(Var.MONTHS_TO_VALUE);
    public static final ProcessVariable<Confidence> CONFIDENCE =
            choice(Var.CONFIDENCE, Confidence.class, "the confidence (LOW, MEDIUM or HIGH)");
    public static final ProcessVariable<String> RATIONALE = text(Var.RATIONALE);
    public static final ProcessVariable<BigDecimal> CUSTOMER_BENEFIT = amount(Var.CUSTOMER_BENEFIT);
    public static final ProcessVariable<BigDecimal> SUPPLIER_BENEFIT = amount(Var.SUPPLIER_BENEFIT);
    public static final ProcessVariable<BigDecimal> MUTUAL_VALUE_SCORE = amount(Var.MUTUAL_VALUE_SCORE);
    public static final ProcessVariable<Priority> PRIORITY = choice(Var.PRIORITY, Priority.class, "a priority");
    public static final ProcessVariable<List<String>> VOTERS = names(Var.VOTERS);
    public static final ProcessVariable<Integer> REVIEW_ROUND = count(Var.REVIEW_ROUND);
    public static final ProcessVariable<Date> VOTING_DEADLINE = moment(Var.VOTING_DEADLINE);
    public static final ProcessVariable<VoteDecision> VOTE = choice(Var.VOTE, VoteDecision.class, "a vote");
    public static final ProcessVariable<String> VOTE_REASON = text(Var.VOTE_REASON);
    public static final ProcessVariable<BoardOutcome> BOARD_OUTCOME =
            choice(Var.BOARD_OUTCOME, BoardOutcome.class, "the board's outcome");
    public static final ProcessVariable<String> BOARD_COMMENTS = text(Var.BOARD_COMMENTS);
    public static final ProcessVariable<String> VOTES_SUMMARY = text(Var.VOTES_SUMMARY);
    public static final ProcessVariable<Verdict> CHAIR_DECISION =
            choice(Var.CHAIR_DECISION, Verdict.class, "the chair's decision");
    public static final ProcessVariable<String> CHAIR_REASON = text(Var.CHAIR_REASON);
    public static final ProcessVariable<Side> SPONSOR_SIDE = choice(Var.SPONSOR_SIDE, Side.class, "a side");
    public static final ProcessVariable<String> SPONSOR_SIDE_WORDS = text(Var.SPONSOR_SIDE_WORDS);
    public static final ProcessVariable<Verdict> SPONSOR_DECISION =
            choice(Var.SPONSOR_DECISION, Verdict.class, "a decision");
    public static final ProcessVariable<String> SPONSOR_REASON = text(Var.SPONSOR_REASON);
    public static final ProcessVariable<Boolean> SPONSOR_REJECTED = flag(Var.SPONSOR_REJECTED);
    public static final ProcessVariable<String> SPONSOR_REASONS = text(Var.SPONSOR_REASONS);
    public static final ProcessVariable<Boolean> FUND_COVERS = flag(Var.FUND_COVERS);
    public static final ProcessVariable<String> FUND_SHORTFALL_WORDS = text(Var.FUND_SHORTFALL_WORDS);
    public static final ProcessVariable<List<String>> OVERDRAFT_SIDES = names(Var.OVERDRAFT_SIDES);
    public static final ProcessVariable<Side> OVERDRAFT_SIDE = choice(Var.OVERDRAFT_SIDE, Side.class, "a side");
    public static final ProcessVariable<Verdict> OVERDRAFT_DECISION =
            choice(Var.OVERDRAFT_DECISION, Verdict.class, "a decision");
    public static final ProcessVariable<String> OVERDRAFT_REASON = text(Var.OVERDRAFT_REASON);
    public static final ProcessVariable<Boolean> OVERDRAFT_REFUSED = flag(Var.OVERDRAFT_REFUSED);
    public static final ProcessVariable<String> OVERDRAFT_REASONS = text(Var.OVERDRAFT_REASONS);
    public static final ProcessVariable<String> OVERDRAFT_CUSTOMER_LEAD = text(Var.OVERDRAFT_CUSTOMER_LEAD);
    public static final ProcessVariable<String> OVERDRAFT_SUPPLIER_LEAD = text(Var.OVERDRAFT_SUPPLIER_LEAD);
    public static final ProcessVariable<String> DELIVERY_OWNER = text(Var.DELIVERY_OWNER);
    public static final ProcessVariable<LocalDate> DELIVERY_TARGET_DATE = day(Var.DELIVERY_TARGET_DATE);
    public static final ProcessVariable<Object> MILESTONES = asSent(Var.MILESTONES);
    public static final ProcessVariable<String> DELIVERY_NOTE = text(Var.DELIVERY_NOTE);
    public static final ProcessVariable<Rag> RAG = choice(Var.RAG, Rag.class, "a RAG status");
    public static final ProcessVariable<Integer> PERCENT_COMPLETE = wholeNumber(Var.PERCENT_COMPLETE);
    public static final ProcessVariable<String> PROGRESS_SUMMARY = text(Var.PROGRESS_SUMMARY);
    public static final ProcessVariable<Object> MILESTONES_DONE = asSent(Var.MILESTONES_DONE);
    public static final ProcessVariable<Boolean> DELIVERY_FINISHED = flag(Var.DELIVERY_FINISHED);
    public static final ProcessVariable<Acceptance> ACCEPTANCE =
            choice(Var.ACCEPTANCE, Acceptance.class, "the acceptance decision");
    public static final ProcessVariable<String> RETURN_REASONS = text(Var.RETURN_REASONS);
    public static final ProcessVariable<String> ACCEPTANCE_NOTE = text(Var.ACCEPTANCE_NOTE);
    public static final ProcessVariable<Side> BENEFIT_SIDE = choice(Var.BENEFIT_SIDE, Side.class, "a side");
    public static final ProcessVariable<BigDecimal> REALISED_BENEFIT = amount(Var.REALISED_BENEFIT);
    public static final ProcessVariable<String> BENEFIT_NOTE = text(Var.BENEFIT_NOTE);

    private IdeaProcess() {
    }
}
