package vn.gov.oversight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        // the Javadoc the annotation processor collected before it was excluded
        // (pom.xml):
        // the Documenter would read a file left by an older build and fail on its quotes
        Files.deleteIfExists(Path.of("target/generated-spring-modulith/javadoc.json"));
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
            .writeIndividualModulesAsPlantUml()
            .writeModuleCanvases();
        // the documenter lists the relations in no fixed order: sorted, a run changes a
        // file only when a module does
        try (Stream<Path> files = Files.list(Path.of("docs/modules"))) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file);
                if (file.toString().endsWith(".puml")) {
                    Files.write(file, sorted(sorted(lines, "Rel("), "  Component("));
                }
                else if (file.toString().endsWith(".adoc")) {
                    Files.write(file, sortedLists(lines));
                }
            }
        }
    }

    /**
     * Each list of a canvas (a cell's first item starts with {@code |* }, the others with
     * {@code * }) in alphabetical order, the cell's bar kept on the first.
     */
    static List<String> sortedLists(List<String> lines) {
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.startsWith("* ") && !line.startsWith("|* ")) {
                result.add(line);
                i++;
                continue;
            }
            boolean bar = line.startsWith("|");
            List<String> items = new ArrayList<>();
            items.add(bar ? line.substring(1) : line);
            i++;
            while (i < lines.size() && lines.get(i).startsWith("* ")) {
                items.add(lines.get(i++));
            }
            items.sort(null);
            if (bar) {
                items.set(0, "|" + items.get(0));
            }
            result.addAll(items);
        }
        return result;
    }

    /**
     * The lines starting with {@code prefix} in order, each in the place one of them had.
     */
    static List<String> sorted(List<String> lines, String prefix) {
        Iterator<String> sorted = lines.stream().filter(line -> line.startsWith(prefix)).sorted().iterator();
        return lines.stream().map(line -> line.startsWith(prefix) ? sorted.next() : line).toList();
    }

}
