package vn.gov.oversight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

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
     * The modules as diagrams (each module, what it depends on and the events between
     * them) and as canvases (each module's public types, components, events published and
     * heard, properties), written into the repository's {@code docs/modules} so that a
     * reader finds them without building: a change of a module's face shows in the diff.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
            .writeIndividualModulesAsPlantUml()
            .writeModuleCanvases();
        // the documenter lists the relations in no fixed order: sorted, a run changes a
        // file only when a module does
        try (Stream<Path> files = Files.list(Path.of("docs/modules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                Files.write(file, sorted(sorted(lines, "Rel("), "  Component("));
            }
        }
    }

    /**
     * The lines starting with {@code prefix} in order, each in the place one of them had.
     */
    static List<String> sorted(List<String> lines, String prefix) {
        Iterator<String> sorted = lines.stream().filter(line -> line.startsWith(prefix)).sorted().iterator();
        return lines.stream().map(line -> line.startsWith(prefix) ? sorted.next() : line).toList();
    }

}
