package io.fruition;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of the layout: every top-level package under {@code io.fruition} is a module, its
 * sub-packages are internal unless their {@code package-info} names them as an interface, and modules form no cycle.
 * {@link #the_module_diagram_is_written_for_the_readme} writes the current structure to {@code target/modules}.
 */
class ModuleStructureTests {

    static final ApplicationModules MODULES = ApplicationModules.of(FruitionApplication.class);

    @Test
    void modules_reach_each_other_only_through_their_interfaces_and_form_no_cycle() {
        MODULES.verify();
    }

    @Test
    void the_module_diagram_is_written_for_the_readme() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
