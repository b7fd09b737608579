package io.fruition.partnership;

public enum OrganisationKind {
    SUPPLIER, CUSTOMER, PARTNER
}
