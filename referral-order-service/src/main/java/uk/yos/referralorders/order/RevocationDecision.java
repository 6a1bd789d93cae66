package uk.yos.referralorders.order;

public enum RevocationDecision {
    GRANTED,
    REFUSED
}
