package io.fruition.pulse;

/** The fields of the pulse's forms beyond the dimensions' scores and comments ({@link Dimension}). */
public final class RatingForm {

    /** The rating form, as deployed with the process (forms/pulse-rating.form). */
    public static final String RATING_FORM = "forms/pulse-rating.form";
    /** Whether the supplier may quote the member's comments with their name. */
    public static final String MAY_QUOTE = "mayQuote";
    /** The actions done since the last round that the member says worked (a checklist). */
    public static final String ACTIONS_THAT_WORKED = "actionsThatWorked";
    /** The checklist's choices: the actions done since the last round. */
    public static final String CLOSED_ACTIONS = "closedActions";
    /** The predictor's confidence (LOW, MEDIUM, HIGH). */
    public static final String CONFIDENCE = "predictionConfidence";

    /** The lowest and highest score. */
    public static final int LOWEST = 1;
    public static final int HIGHEST = 10;

    private RatingForm() {
    }
}
