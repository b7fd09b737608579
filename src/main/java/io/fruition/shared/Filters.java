package io.fruition.shared;

import org.springframework.boot.web.servlet.FilterRegistrationBean;

import jakarta.servlet.Filter;

/** Our servlet filters run on every path, in an order each states (lower runs first, around the later ones). */
public final class Filters {

    private Filters() {
    }

    public static <F extends Filter> FilterRegistrationBean<F> everywhere(F filter, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
