package uk.yos.cases.referencedata;

import jakarta.enterprise.context.ApplicationScoped;

import uk.yos.common.problem.ProblemException;

/** Checks the codes other records refer to: they must exist and, for new choices, be active. */
@ApplicationScoped
public class ReferenceData {

    public ReferenceItem requireActive(ReferenceCategory category, String code, String field) {
        ReferenceItem item = ReferenceItem.findById(new ReferenceItem.Key(category, code));
        if (item == null || !item.active) {
            throw ProblemException.invalid(field, "is not an active " + category.label() + " code");
        }
        return item;
    }

    /** A code kept from an earlier choice stays valid even after it is deactivated. */
    public ReferenceItem requireKnown(ReferenceCategory category, String code, String field, String previous) {
        if (code.equals(previous)) {
            ReferenceItem item = ReferenceItem.findById(new ReferenceItem.Key(category, code));
            if (item != null) {
                return item;
            }
        }
        return requireActive(category, code, field);
    }
}
