package uk.yos.prevention.triage;

/** Prevention work is voluntary: whether the child (and family) agreed to it. */
public enum VoluntaryWorkConsent {
    NOT_YET_ASKED, GIVEN, DECLINED
}
