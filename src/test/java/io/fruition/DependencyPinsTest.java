package io.fruition;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor.Version;

import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.json.PackageVersion;

/**
 * The libraries we pin because Camunda 7.24.0 CE ships no more patches (README, Security) are the ones on the
 * classpath: a change of the parent or a dependency that brought an older one back fails here.
 */
class DependencyPinsTest {

    @Test
    void jackson_core_has_the_fix_for_GHSA_72hv_8253_57qq() {
        assertThat(Version.parse(PackageVersion.VERSION.toString())).isGreaterThanOrEqualTo(Version.parse("2.21.1"));
    }

    @Test
    void commons_lang3_has_the_fix_for_CVE_2025_48924() {
        String version = StringUtils.class.getPackage().getImplementationVersion();
        assertThat(version).isNotNull();
        assertThat(Version.parse(version)).isGreaterThanOrEqualTo(Version.parse("3.18.0"));
    }
}
