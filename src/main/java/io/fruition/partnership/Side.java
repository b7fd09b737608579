package io.fruition.partnership;

/** Which side of a partnership a member speaks for. */
public enum Side {
    CUSTOMER, SUPPLIER, PARTNER;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
