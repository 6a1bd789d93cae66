package uk.yos.referralorders.volunteer;

public enum TrainingKind {
    /** Initial panel-member training: needed before a volunteer is TRAINED. */
    INITIAL,
    /** Chair training: needed to chair a panel. */
    CHAIR,
    /** Refresher training. */
    REFRESHER
}
