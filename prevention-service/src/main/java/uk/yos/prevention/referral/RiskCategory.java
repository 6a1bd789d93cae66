package uk.yos.prevention.referral;

/** The risks a prevention referral can name; OTHER needs the detail. */
public enum RiskCategory {
    CRIMINAL_EXPLOITATION, KNIFE_CARRYING, SEXUAL_EXPLOITATION, SERIOUS_VIOLENCE, SUBSTANCE_MISUSE,
    ANTISOCIAL_BEHAVIOUR, OTHER
}
