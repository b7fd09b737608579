package io.fruition.process.engine;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import io.fruition.form.FeelEvaluator;
import io.fruition.form.FormValidator;

/**
 * FEEL for forms, by the same FEEL engine (feel-scala) the process engine evaluates decisions with, so a
 * condition in a form means in Fruition what it means in Camunda.
 */
@Component
public class EngineFeel implements FeelEvaluator {

    private final FeelEngine engine;

    public EngineFeel() {
        this.engine = new ScalaFeelEngineFactory().createInstance();
    }

    @Override
    public Object evaluate(String expression, Map<String, Object> variables) {
        Map<String, Object> context = new HashMap<>();
        variables.forEach((k, v) -> context.put(k, v));
        return engine.evaluateSimpleExpression(expression, Variables.fromMap(context).asVariableContext());
    }

    /** The validator of submitted task forms, with this FEEL. */
    @Bean
    static FormValidator formValidator(EngineFeel feel) {
        return new FormValidator(feel);
    }
}
