package uk.yos.cases.contract;

/** The ONS 2021 census ethnic groups (England and Wales), plus "not stated": as case-service records a child's. */
public enum Ethnicity {
    ASIAN_BANGLADESHI,
    ASIAN_CHINESE,
    ASIAN_INDIAN,
    ASIAN_PAKISTANI,
    ASIAN_OTHER,
    BLACK_AFRICAN,
    BLACK_CARIBBEAN,
    BLACK_OTHER,
    MIXED_WHITE_AND_ASIAN,
    MIXED_WHITE_AND_BLACK_AFRICAN,
    MIXED_WHITE_AND_BLACK_CARIBBEAN,
    MIXED_OTHER,
    WHITE_BRITISH,
    WHITE_IRISH,
    WHITE_GYPSY_OR_IRISH_TRAVELLER,
    WHITE_ROMA,
    WHITE_OTHER,
    OTHER_ARAB,
    OTHER_ANY,
    NOT_STATED
}
