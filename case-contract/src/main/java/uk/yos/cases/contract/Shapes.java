package uk.yos.cases.contract;

import java.util.List;

/** The one rule behind every {@code missingFields()}: a required field is present and not null. */
final class Shapes {

    private Shapes() {
    }

    static void require(List<String> missing, String field, Object value) {
        if (value == null) {
            missing.add(field);
        }
    }
}
