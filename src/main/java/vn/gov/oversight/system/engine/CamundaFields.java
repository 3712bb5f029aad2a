package vn.gov.oversight.system.engine;

import java.lang.reflect.Field;

/**
 * Reads and writes protected fields of Camunda's commands and entities, which the engine
 * plug-ins inspect before a command runs (the task and variables of a completion, a
 * filter's query, a new password). Fields are internal API: an upgrade that renames one
 * fails here with its name, and the plug-ins' tests fail with it.
 */
final class CamundaFields {

    private CamundaFields() {
    }

    @SuppressWarnings("unchecked")
    static <V> V get(Object target, Class<?> declaringClass, String name) {
        try {
            return (V) accessible(declaringClass, name).get(target);
        }
        catch (ReflectiveOperationException e) {
            throw missing(declaringClass, name, e);
        }
    }

    static void set(Object target, Class<?> declaringClass, String name, Object value) {
        try {
            accessible(declaringClass, name).set(target, value);
        }
        catch (ReflectiveOperationException e) {
            throw missing(declaringClass, name, e);
        }
    }

    private static Field accessible(Class<?> declaringClass, String name) throws NoSuchFieldException {
        Field field = declaringClass.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    private static IllegalStateException missing(Class<?> declaringClass, String name, Exception cause) {
        return new IllegalStateException("Camunda's " + declaringClass.getSimpleName() + " has no field '" + name
                + "': check the engine plug-ins after an upgrade", cause);
    }

}
