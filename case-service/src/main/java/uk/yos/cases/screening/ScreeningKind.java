package uk.yos.cases.screening;

import java.util.Optional;

import uk.yos.cases.work.WorkKind;

public enum ScreeningKind {
    /** Gang involvement and criminal exploitation (county lines). */
    GANG_EXPLOITATION,
    CHILD_SEXUAL_EXPLOITATION,
    CONTEXTUAL_SAFEGUARDING;

    /** Gang and CSE screenings are the compulsory ones, counted as work when due. */
    Optional<WorkKind> work() {
        return switch (this) {
            case GANG_EXPLOITATION -> Optional.of(WorkKind.GANG_SCREENING);
            case CHILD_SEXUAL_EXPLOITATION -> Optional.of(WorkKind.CSE_SCREENING);
            case CONTEXTUAL_SAFEGUARDING -> Optional.empty();
        };
    }
}
