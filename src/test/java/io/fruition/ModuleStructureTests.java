package io.fruition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
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

    /** The README's list of modules and what each uses is the structure as it is, not as it was. */
    @Test
    void the_readme_lists_each_module_with_the_modules_it_uses() throws IOException {
        String expected = MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName))
                .map(module -> "- `" + module.getName() + "` uses "
                        + module.getDependencies(MODULES).uniqueModules().map(ApplicationModule::getName).sorted()
                                .map(name -> "`" + name + "`").collect(Collectors.joining(", "))
                                .transform(uses -> uses.isEmpty() ? "no other module" : uses))
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("README.md"));
        String listed = readme.substring(readme.indexOf("<!-- modules -->") + "<!-- modules -->".length(),
                readme.indexOf("<!-- /modules -->")).strip();
        assertThat(listed).as("README.md between <!-- modules --> and <!-- /modules -->: put the expected list there").isEqualTo(expected);
    }
}
