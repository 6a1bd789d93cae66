package uk.yos.testsupport.conventions;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;

import uk.yos.web.security.Roles;

/** The realm role names, read from the constants of {@link Roles} so a new role is known here at once. */
final class KnownRoles {

    static final Set<String> ALL = read();

    private KnownRoles() {
    }

    private static Set<String> read() {
        Set<String> roles = new LinkedHashSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    roles.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Set.copyOf(roles);
    }
}
