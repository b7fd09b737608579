package io.fruition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FruitionApplication {

    public static void main(String[] args) {
        SpringApplication.run(FruitionApplication.class, args);
    }
}
