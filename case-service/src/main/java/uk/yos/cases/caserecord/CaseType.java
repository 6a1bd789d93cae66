package uk.yos.cases.caserecord;

/** The outcomes and orders a case can be for: out of court, court, bail and remand, and voluntary prevention. */
public enum CaseType {
    COMMUNITY_RESOLUTION(CaseCategory.OUT_OF_COURT, false),
    OUTCOME_21(CaseCategory.OUT_OF_COURT, false),
    OUTCOME_22_DEFERRED_PROSECUTION(CaseCategory.OUT_OF_COURT, false),
    YOUTH_CAUTION(CaseCategory.OUT_OF_COURT, true),
    YOUTH_CONDITIONAL_CAUTION(CaseCategory.OUT_OF_COURT, true),
    OUTCOME_23(CaseCategory.OUT_OF_COURT, false),
    YOUTH_DIVERSION_ORDER(CaseCategory.OUT_OF_COURT, false),
    REFERRAL_ORDER(CaseCategory.COURT, true),
    YOUTH_REHABILITATION_ORDER(CaseCategory.COURT, true),
    YOUTH_REHABILITATION_ORDER_WITH_ISS(CaseCategory.COURT, true),
    DETENTION_AND_TRAINING_ORDER(CaseCategory.COURT, true),
    LONGER_CUSTODIAL_SENTENCE(CaseCategory.COURT, true),
    BAIL_SUPERVISION(CaseCategory.BAIL_AND_REMAND, false),
    REMAND_TO_YOUTH_DETENTION_ACCOMMODATION(CaseCategory.BAIL_AND_REMAND, false),
    PREVENTION(CaseCategory.PREVENTION, false);

    private final CaseCategory category;
    private final boolean formalOutcome;

    CaseType(CaseCategory category, boolean formalOutcome) {
        this.category = category;
        this.formalOutcome = formalOutcome;
    }

    public CaseCategory category() {
        return category;
    }

    /**
     * A youth caution, a youth conditional caution or a court conviction: the first one makes the child a
     * first-time entrant. Community resolutions and Outcome 22 do not.
     */
    public boolean countsForFirstTimeEntrant() {
        return formalOutcome;
    }
}
