package uk.yos.referralorders.volunteer;

public enum ConflictKind {
    /** The volunteer knows the child: they may not sit on that child's panels. */
    CHILD,
    /** The volunteer knows a victim. */
    VICTIM
}
