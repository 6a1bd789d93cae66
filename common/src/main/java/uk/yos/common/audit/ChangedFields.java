package uk.yos.common.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Embeddable;

/**
 * The names of a record's fields that an update changed, for its audit row: names only, never values, so the audit
 * detail holds no personal data. Take a snapshot before applying the change, then ask what differs.
 */
public final class ChangedFields {

    /** Bookkeeping that every change moves; naming them would say nothing. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "createdBy", "updatedAt",
            "updatedBy");

    private final Map<String, Object> before;

    private ChangedFields(Map<String, Object> before) {
        this.before = before;
    }

    /** The record's fields as they are now (collections copied, so later changes to them show). */
    public static ChangedFields before(Object record) {
        return new ChangedFields(values(record));
    }

    /** The fields whose values differ from the snapshot, in declaration order. */
    public List<String> in(Object record) {
        Map<String, Object> after = values(record);
        List<String> changed = new ArrayList<>();
        after.forEach((name, value) -> {
            if (!Objects.equals(before.get(name), value)) {
                changed.add(name);
            }
        });
        return changed;
    }

    private static Map<String, Object> values(Object record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Class<?> type = record.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                // Every mapped field: the build's enhancement makes entity fields private and adds its own ($$_...).
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.getName().startsWith("$$") || BOOKKEEPING.contains(field.getName())) {
                    continue;
                }
                field.setAccessible(true);
                values.putIfAbsent(field.getName(), copy(read(field, record)));
            }
        }
        return values;
    }

    private static Object read(Field field, Object record) {
        try {
            return field.get(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    /** Collections are copied, and embedded values (which have no equals of their own) compared field by field. */
    private static Object copy(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(ChangedFields::copy).toList();
        }
        if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
            return values(value);
        }
        return value;
    }
}
