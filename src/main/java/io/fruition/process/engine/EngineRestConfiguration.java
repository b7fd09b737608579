package io.fruition.process.engine;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API at /engine-rest as Camunda configures it, with its error answers replaced by
 * {@link EngineProblems}.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    private static final Set<Class<?>> CAMUNDA_ERROR_ANSWERS = Set.of(ExceptionHandler.class,
            ProcessEngineExceptionHandler.class, RestExceptionHandler.class, JsonMappingExceptionHandler.class,
            JsonParseExceptionHandler.class);

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(withoutCamundaErrorAnswers(CamundaRestResources.getConfigurationClasses()));
        register(JacksonFeature.withoutExceptionMappers());
        register(EngineProblems.class);
        register(EngineProblems.UnreadableJson.class);
        register(EngineProblems.UnmappableJson.class);
    }

    static Set<Class<?>> withoutCamundaErrorAnswers(Set<Class<?>> configuration) {
        return configuration.stream().filter(c -> !CAMUNDA_ERROR_ANSWERS.contains(c)).collect(Collectors.toSet());
    }
}
