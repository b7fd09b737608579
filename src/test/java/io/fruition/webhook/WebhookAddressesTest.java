package io.fruition.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/** No server-side request forgery: in production a webhook never goes to an internal address unless allowed. */
class WebhookAddressesTest {

    /** A resolver that knows some names and resolves literals as the system does. */
    private static final Map<String, String> DNS = Map.of("desk.example.com", "93.184.216.34",
            "rebinding.example.com", "10.0.0.7", "metadata.example.com", "169.254.169.254",
            "desk.corp.local", "10.20.1.5");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.matches("[0-9a-fA-F:.]+")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    }

    private final WebhookAddresses production = new WebhookAddresses(true, List.of(), WebhookAddressesTest::resolve);

    @Test
    void the_production_profile_switches_the_guard_on_and_the_default_leaves_it_off() throws IOException {
        assertThat(webhookSettings("application.yaml", "application-prod.yaml").blockPrivateAddresses())
                .as("prod").isTrue();
        assertThat(webhookSettings("application.yaml").blockPrivateAddresses()).as("the embedded default").isFalse();
    }

    /** The webhook settings as Spring Boot binds them from these files, the later ones overriding the earlier. */
    private static WebhookProperties webhookSettings(String... files) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        for (String file : files) {
            new YamlPropertySourceLoader().load(file, new ClassPathResource(file)).forEach(sources::addFirst);
        }
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
                .bind("fruition.webhooks", WebhookProperties.class).get();
    }

    @Test
    void internal_addresses_are_refused_in_production() {
        for (String url : List.of("http://127.0.0.1/x", "http://127.1.2.3:8080/x", "http://[::1]/x",
                "http://0.0.0.0/x", "http://10.1.2.3/x", "http://172.16.0.1/x", "http://172.31.255.255/x",
                "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/x",
                "http://[fd00::1]/x", "http://[fe80::1]/x", "http://[::ffff:10.0.0.1]/x", "http://[64:ff9b::a00:1]/x",
                "http://224.0.0.1/x", "http://255.255.255.255/x", "https://rebinding.example.com/x",
                "https://metadata.example.com/x")) {
            assertThat(production.problems(url)).as(url).singleElement()
                    .satisfies(p -> assertThat(p).contains("internal address"));
        }
    }

    @Test
    void public_addresses_are_called() {
        for (String url : List.of("https://desk.example.com/hooks/fruition", "http://93.184.216.34:8080/x",
                "https://[2606:4700:4700::1111]/x", "http://172.32.0.1/x", "http://192.169.0.1/x")) {
            assertThat(production.problems(url)).as(url).isEmpty();
        }
    }

    @Test
    void an_allow_list_names_hosts_or_ranges_that_are_called_even_so() {
        WebhookAddresses allowing = new WebhookAddresses(true, List.of("desk.corp.local", "10.30.0.0/16", "192.168.7.7"),
                WebhookAddressesTest::resolve);

        assertThat(allowing.problems("https://desk.corp.local/hooks")).isEmpty();
        assertThat(allowing.problems("http://10.30.200.1/x")).isEmpty();
        assertThat(allowing.problems("http://192.168.7.7/x")).isEmpty();
        assertThat(allowing.problems("http://10.31.0.1/x")).isNotEmpty();
        assertThat(allowing.problems("http://192.168.7.8/x")).isNotEmpty();
        assertThat(allowing.problems("http://127.0.0.1/x")).isNotEmpty();
    }

    @Test
    void outside_production_a_developer_may_call_localhost() {
        WebhookAddresses development = new WebhookAddresses(false, List.of(), WebhookAddressesTest::resolve);

        assertThat(development.problems("http://127.0.0.1:9000/hooks")).isEmpty();
        assertThat(development.blocked("127.0.0.1")).isEmpty();
    }

    @Test
    void an_address_is_http_with_a_host_and_no_credentials() {
        assertThat(production.problems("ftp://desk.example.com/x")).singleElement()
                .satisfies(p -> assertThat(p).contains("https://"));
        assertThat(production.problems("file:///etc/passwd")).isNotEmpty();
        assertThat(production.problems("https:///x")).isNotEmpty();
        assertThat(production.problems("https://bob:pw@desk.example.com/x")).singleElement()
                .satisfies(p -> assertThat(p).contains("no user name or password"));
        assertThat(production.problems("https://desk.example.com/" + "x".repeat(2000))).isNotEmpty();
        assertThat(production.problems(" ")).isNotEmpty();
        assertThat(production.problems("https://unknown.example.com/x")).as("resolved when it is called").isEmpty();
    }
}
