package io.fruition.partnership;

/** What a member may do inside one partnership. Every member may submit ideas. */
public enum PartnershipRole {
    SUBMITTER("Submitters"),
    INNOVATION_LEAD("Innovation leads"),
    ESTIMATOR("Estimators"),
    BOARD_MEMBER("Board members"),
    BOARD_CHAIR("Board chair"),
    SPONSOR("Sponsors"),
    DELIVERY_OWNER("Delivery owners"),
    /** The supplier's owner of the customer relationship: predicts the pulse and answers its concerns. */
    ACCOUNT_MANAGER("Account managers");

    private final String groupLabel;

    PartnershipRole(String groupLabel) {
        this.groupLabel = groupLabel;
    }

    public String groupLabel() {
        return groupLabel;
    }
}
