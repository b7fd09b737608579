package io.fruition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layout of conventions.md honest: one package per capability, engine and Vaadin code contained. */
@AnalyzeClasses(packages = "io.fruition", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

    @ArchTest
    static final ArchRule engine_code_lives_only_in_the_process_package = noClasses()
            .that().resideOutsideOfPackage("io.fruition.process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("features call the process package, never the engine");

    @ArchTest
    static final ArchRule vaadin_code_lives_only_in_ui_packages = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("views live in <feature>/ui, the shell in ui");

    @ArchTest
    static final ArchRule feature_packages_form_no_cycles = slices()
            .matching("io.fruition.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule features_reach_the_process_only_through_its_model_its_task_and_its_history = noClasses()
            .that().resideOutsideOfPackage("io.fruition.process..")
            .should().dependOnClassesThat().resideInAnyPackage("io.fruition.process.steps..",
                    "io.fruition.process.engine..", "io.fruition.process.identity..")
            .because("the BPMN's step beans, the engine's plumbing and the identity bridge are the process package's own");

    @ArchTest
    static final ArchRule the_process_tells_people_nothing_itself = noClasses()
            .that().resideInAPackage("io.fruition.process..")
            .should().dependOnClassesThat().resideInAPackage("io.fruition.notification..")
            .because("the process publishes TaskOpened, TaskClosed and DeadlinePassed; notification words them");

    @ArchTest
    static final ArchRule process_rooms_form_no_cycles = slices()
            .matching("io.fruition.process.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_process_model_uses_none_of_the_rooms_that_use_it = noClasses()
            .that().resideInAPackage("io.fruition.process")
            .should().dependOnClassesThat().resideInAnyPackage("io.fruition.process.steps..",
                    "io.fruition.process.task..", "io.fruition.process.history..", "io.fruition.process.engine..",
                    "io.fruition.process.identity..")
            .because("every room uses the model (IdeaProcess, PulseProcess, the events), so the model using a room "
                    + "is a cycle the rooms' own rule does not see");

    @ArchTest
    static final ArchRule domain_features_do_not_depend_on_the_ui = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");
}
