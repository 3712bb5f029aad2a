package vn.gov.oversight;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(OversightApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The modules as diagrams (each module, what it depends on and the events between them), written into the
     * repository's {@code docs/modules} so that a reader finds them without building: a change of a module's
     * face shows in the diff.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
