package io.fruition.partnership;

import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

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

    @Embedded
    private PulseSettings pulse = PulseSettings.DEFAULTS;

    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{1,7}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** What is wrong with an idea-number prefix, if anything (uniqueness is checked against the others). */
    static Optional<String> prefixProblem(String prefix) {
        return prefix != null && PREFIX.matcher(prefix).matches() ? Optional.empty()
                : Optional.of("An idea-number prefix is 2 to 8 capital letters or digits, starting with a "
                        + "letter (e.g. NG).");
    }

    /** What is wrong with a currency code, if anything: three capitals naming an ISO 4217 currency. */
    static Optional<String> currencyProblem(String currency) {
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            return Optional.of("A currency is a three-letter ISO code such as EUR.");
        }
        try {
            Currency.getInstance(currency);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + currency + "' is not an ISO 4217 currency code.");
        }
    }

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

    /** The cadence, deadlines and thresholds of the relationship pulse in this partnership. */
    public PulseSettings getPulse() {
        return pulse == null ? PulseSettings.DEFAULTS : pulse;
    }

    void change(String name, String currency, LifecycleSettings settings, PulseSettings pulse, boolean active) {
        this.name = name;
        this.currency = currency;
        this.lifecycle = settings;
        this.pulse = pulse;
        this.active = active;
    }

    public Organisation getSupplier() {
        return supplier;
    }

    public Organisation getCustomer() {
        return customer;
    }
}
