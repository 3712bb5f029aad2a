package vn.gov.oversight.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** For the tests that check a process's constants holder against its model and forms. */
public final class ModelConstants {

    private ModelConstants() {
    }

    /**
     * The values of the static String constants of a holder ({@code Elements},
     * {@code Variables}, {@code Forms}).
     */
    public static List<String> of(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields()).filter(f -> Modifier.isStatic(f.getModifiers())).map(f -> {
            try {
                return (String) f.get(null);
            }
            catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The model deployed from {@code resource} on the class path. */
    public static BpmnModelInstance model(String resource) {
        try (InputStream in = ModelConstants.class.getClassLoader().getResourceAsStream(resource)) {
            return Bpmn.readModelFromStream(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
