package uk.yos.referralorders.panel;

import java.util.EnumSet;
import java.util.Set;

/** The youth offender panels of a referral order. */
public enum PanelType {
    /** Agrees the contract; due within 20 working days of the sentence. */
    INITIAL,
    /** Reviews progress (about every 3 months, or when the child asks or appears in breach). */
    REVIEW,
    /** The last panel: is the contract completed? */
    FINAL,
    /** Agrees the contract for an extension. */
    EXTENSION;

    /** The decisions a panel of this type can reach. */
    public Set<PanelDecision> decisions() {
        return switch (this) {
            case INITIAL -> EnumSet.of(PanelDecision.CONTRACT_AGREED, PanelDecision.ADJOURNED,
                    PanelDecision.REFERRED_BACK_TO_COURT);
            case REVIEW, EXTENSION -> EnumSet.of(PanelDecision.PROGRESS_REVIEWED, PanelDecision.CONTRACT_AGREED,
                    PanelDecision.ADJOURNED, PanelDecision.REFERRED_BACK_TO_COURT);
            case FINAL -> EnumSet.of(PanelDecision.ORDER_COMPLETED, PanelDecision.ADJOURNED,
                    PanelDecision.REFERRED_BACK_TO_COURT);
        };
    }
}
