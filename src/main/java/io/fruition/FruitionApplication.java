package io.fruition;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FruitionApplication {

    public static void main(String[] args) {
        SpringApplication.run(FruitionApplication.class, args);
    }

    /** Injected wherever time matters, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
