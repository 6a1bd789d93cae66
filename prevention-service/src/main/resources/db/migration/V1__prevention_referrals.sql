-- A prevention and diversion (PaDs) referral, with its triage, joint decision and closure. One row per referral:
-- each stage is a set of columns that stays NULL until the stage is recorded, so lists and the overdue filter
-- need no joins. Long texts stay VARCHAR (well within InnoDB's 65,535-byte row limit in utf8mb4).
CREATE TABLE prevention_referral (
    id                       BINARY(16)    NOT NULL,
    version                  BIGINT        NOT NULL,
    reference                VARCHAR(20)   NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    source                   VARCHAR(20)   NOT NULL,
    referring_organisation   VARCHAR(50)   NOT NULL,
    referrer_name            VARCHAR(200)  NOT NULL,
    referrer_contact         VARCHAR(200)  NULL,
    received_on              DATE          NOT NULL,
    assessment_due_date      DATE          NOT NULL,

    -- The child as the referrer knows them.
    child_given_name         VARCHAR(100)  NOT NULL,
    child_family_name        VARCHAR(100)  NOT NULL,
    child_date_of_birth      DATE          NOT NULL,
    child_gender             VARCHAR(20)   NOT NULL,
    child_address            VARCHAR(500)  NULL,
    child_school             VARCHAR(200)  NULL,
    child_pnc_id             VARCHAR(13)   NULL,

    -- Why: an offence with an out-of-court outcome being considered, or risks (in prevention_referral_risk).
    reason_type              VARCHAR(20)   NOT NULL,
    offence_type_code        VARCHAR(40)   NULL,
    offence_description      VARCHAR(500)  NULL,
    offence_date             DATE          NULL,
    offence_gravity_score    INT           NULL,
    outcome_considered       VARCHAR(40)   NULL,
    risk_detail              VARCHAR(1000) NULL,

    -- Triage.
    assessment_completed_on  DATE          NULL,
    triage_notes             VARCHAR(2000) NULL,
    padat_completed_on       DATE          NULL,
    camhs_screened_on        DATE          NULL,
    camhs_outcome            VARCHAR(40)   NULL,
    camhs_notes              VARCHAR(1000) NULL,
    voluntary_work_consent   VARCHAR(20)   NULL,
    consent_recorded_on      DATE          NULL,
    child_ethnicity          VARCHAR(40)   NULL,
    child_locality_code      VARCHAR(40)   NULL,
    child_in_care            BOOLEAN       NULL,
    child_send               BOOLEAN       NULL,
    child_ehcp               BOOLEAN       NULL,
    triaged_at               DATETIME(6)   NULL,
    triaged_by               VARCHAR(255)  NULL,

    -- The joint decision (panel members in prevention_decision_panel_member), and the case it opened, if any.
    decision_outcome         VARCHAR(40)   NULL,
    decision_reasons         VARCHAR(2000) NULL,
    decided_on               DATE          NULL,
    case_team_code           VARCHAR(40)   NULL,
    case_id                  BINARY(16)    NULL,
    young_person_id          BINARY(16)    NULL,
    young_person_matched     BOOLEAN       NULL,
    decision_recorded_at     DATETIME(6)   NULL,
    decision_recorded_by     VARCHAR(255)  NULL,

    -- Closure.
    closed_on                DATE          NULL,
    closure_outcome          VARCHAR(40)   NULL,
    closure_notes            VARCHAR(1000) NULL,
    closure_recorded_at      DATETIME(6)   NULL,
    closure_recorded_by      VARCHAR(255)  NULL,

    created_at               DATETIME(6)   NOT NULL,
    created_by               VARCHAR(255)  NOT NULL,
    updated_at               DATETIME(6)   NOT NULL,
    updated_by               VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_prevention_referral_reference (reference),
    -- A referral opens at most one case.
    UNIQUE KEY ux_prevention_referral_case (case_id),
    CONSTRAINT ck_prevention_referral_gravity CHECK (offence_gravity_score BETWEEN 1 AND 8),
    -- One index per list filter; the organisation one leads because police referrers are scoped by it.
    KEY ix_prevention_referral_organisation (referring_organisation, received_on),
    KEY ix_prevention_referral_status (status, received_on),
    KEY ix_prevention_referral_source (source, received_on),
    KEY ix_prevention_referral_received (received_on),
    KEY ix_prevention_referral_due (assessment_due_date, assessment_completed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE prevention_referral_risk (
    referral_id  BINARY(16)  NOT NULL,
    category     VARCHAR(40) NOT NULL,
    PRIMARY KEY (referral_id, category),
    CONSTRAINT fk_risk_referral FOREIGN KEY (referral_id) REFERENCES prevention_referral (id),
    KEY ix_prevention_referral_risk_category (category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who made the joint decision: at least one police and one YOS member (checked by the service).
CREATE TABLE prevention_decision_panel_member (
    referral_id  BINARY(16)   NOT NULL,
    list_index   INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    agency       VARCHAR(20)  NOT NULL,
    member_role  VARCHAR(100) NULL,
    PRIMARY KEY (referral_id, list_index),
    CONSTRAINT fk_panel_member_referral FOREIGN KEY (referral_id) REFERENCES prevention_referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
