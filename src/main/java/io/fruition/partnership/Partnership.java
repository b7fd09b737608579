package io.fruition.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One supplier–customer relationship. Its prefix numbers its ideas (NG-42) and is its tenant in the process
 * engine, so it never changes once the partnership exists.
 */
@Entity
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(updatable = false)
    private String prefix;

    private String currency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Organisation supplier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Organisation customer;

    private boolean active = true;

    @Embedded
    private LifecycleSettings lifecycle = LifecycleSettings.DEFAULTS;

    protected Partnership() {
    }

    Partnership(String name, String prefix, String currency, Organisation supplier, Organisation customer) {
        this.name = name;
        this.prefix = prefix;
        this.currency = currency;
        this.supplier = supplier;
        this.customer = customer;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isActive() {
        return active;
    }

    /** The deadlines and limits of the idea lifecycle in this partnership. */
    public LifecycleSettings getLifecycle() {
        return lifecycle == null ? LifecycleSettings.DEFAULTS : lifecycle;
    }

    void change(String name, String currency, LifecycleSettings settings, boolean active) {
        this.name = name;
        this.currency = currency;
        this.lifecycle = settings;
        this.active = active;
    }

    public Organisation getSupplier() {
        return supplier;
    }

    public Organisation getCustomer() {
        return customer;
    }

    void changeLifecycle(LifecycleSettings settings) {
        this.lifecycle = settings;
    }
}
