package io.fruition.process.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.Application;

/**
 * The engine API that Camunda's webapps (Tasklist, Cockpit) call at /camunda/api/engine, as Camunda defines it,
 * with the same error answers as /engine-rest ({@link EngineProblems}): a refused task completion in Tasklist is a
 * 400 with the form's messages, a missing task a 404, never a 500. Registered under the name Camunda's webapp
 * set-up uses, before it, which then leaves it in place.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

    static final String SERVLET_NAME = "Engine Api";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ServletContextInitializer webappEngineApiServlet(@Value("${camunda.bpm.webapp.application-path}") String path) {
        return context -> {
            ServletRegistration.Dynamic servlet = context.addServlet(SERVLET_NAME, ServletContainer.class);
            servlet.addMapping(path + "/api/engine/*");
            servlet.setInitParameters(Map.of("jakarta.ws.rs.Application", Resources.class.getName()));
        };
    }

    public static class Resources extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>();
            classes.add(NamedProcessEngineRestServiceImpl.class);
            classes.addAll(EngineRestConfiguration.withoutCamundaErrorAnswers(CamundaRestResources.getConfigurationClasses()));
            classes.add(EngineProblems.class);
            classes.add(EngineProblems.UnreadableJson.class);
            classes.add(EngineProblems.UnmappableJson.class);
            return classes;
        }
    }
}
