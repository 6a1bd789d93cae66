-- Victims of the offences on YOS cases. case_id, offence_id and young_person_id refer to case-service's records
-- (checked through its API when the victim is recorded); there are no cross-database foreign keys.
-- address, phone and email hold AES-256-GCM ciphertext ("<keyId>:<base64>"), never plaintext.
CREATE TABLE victim (
    id                          BINARY(16)    NOT NULL,
    version                     BIGINT        NOT NULL,
    case_id                     BINARY(16)    NOT NULL,
    offence_id                  BINARY(16)    NOT NULL,
    young_person_id             BINARY(16)    NULL,
    given_name                  VARCHAR(100)  NOT NULL,
    family_name                 VARCHAR(100)  NOT NULL,
    date_of_birth               DATE          NULL,
    address                     VARCHAR(2000) NULL,
    phone                       VARCHAR(300)  NULL,
    email                       VARCHAR(1500) NULL,
    preferred_contact_method    VARCHAR(20)   NOT NULL,
    referred_on                 DATE          NOT NULL,
    under_eighteen              BOOLEAN       NOT NULL,
    vulnerable_or_intimidated   BOOLEAN       NOT NULL,
    most_serious_crime          BOOLEAN       NOT NULL,
    enhanced_rights             BOOLEAN       NOT NULL,
    rj_information_due_date     DATE          NOT NULL,
    rj_information_given_on     DATE          NULL,
    police_consent_to_share     BOOLEAN       NULL,
    police_consent_on           DATE          NULL,
    consent_to_contact          BOOLEAN       NULL,
    consent_to_contact_on       DATE          NULL,
    evaluation_consent          BOOLEAN       NULL,
    evaluation_consent_on       DATE          NULL,
    consent_withdrawn_on        DATE          NULL,
    consent_withdrawal_reason   VARCHAR(1000) NULL,
    rj_offered                  BOOLEAN       NULL,
    rj_decision_reasons         VARCHAR(2000) NULL,
    rj_decided_on               DATE          NULL,
    rj_decided_by               VARCHAR(255)  NULL,
    views                       TEXT          NULL,
    wishes                      TEXT          NULL,
    agreed_reparation           TEXT          NULL,
    feedback_recorded_at        DATETIME(6)   NULL,
    feedback_recorded_by        VARCHAR(255)  NULL,
    created_at                  DATETIME(6)   NOT NULL,
    created_by                  VARCHAR(255)  NOT NULL,
    updated_at                  DATETIME(6)   NOT NULL,
    updated_by                  VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_victim_case (case_id),
    KEY ix_victim_offence (offence_id),
    KEY ix_victim_name (family_name, given_name),
    -- The "RJ information due" list: victims not yet given it, by due date.
    KEY ix_victim_rj_information (rj_information_given_on, rj_information_due_date),
    KEY ix_victim_referred (referred_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every attempt to reach a victim and every contact made, with its outcome.
CREATE TABLE victim_contact (
    id                    BINARY(16)    NOT NULL,
    victim_id             BINARY(16)    NOT NULL,
    contacted_on          DATE          NOT NULL,
    method                VARCHAR(20)   NOT NULL,
    outcome               VARCHAR(30)   NOT NULL,
    rj_information_given  BOOLEAN       NOT NULL,
    notes                 VARCHAR(1000) NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    recorded_by           VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_victim FOREIGN KEY (victim_id) REFERENCES victim (id),
    KEY ix_contact_victim (victim_id, contacted_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rj_intervention (
    id                    BINARY(16)    NOT NULL,
    version               BIGINT        NOT NULL,
    victim_id             BINARY(16)    NOT NULL,
    case_id               BINARY(16)    NOT NULL,
    intervention_type     VARCHAR(40)   NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    planned_on            DATE          NULL,
    completed_on          DATE          NULL,
    outcome               VARCHAR(2000) NULL,
    victim_informed_on    DATE          NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(255)  NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    updated_by            VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_intervention_victim FOREIGN KEY (victim_id) REFERENCES victim (id),
    KEY ix_intervention_victim (victim_id, status),
    KEY ix_intervention_case (case_id, status),
    KEY ix_intervention_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_referral (
    id                    BINARY(16)    NOT NULL,
    victim_id             BINARY(16)    NOT NULL,
    service_name          VARCHAR(200)  NOT NULL,
    reason                VARCHAR(1000) NOT NULL,
    referred_on           DATE          NOT NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    recorded_by           VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_support_referral_victim FOREIGN KEY (victim_id) REFERENCES victim (id),
    KEY ix_support_referral_victim (victim_id, referred_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE victim_evaluation (
    id                    BINARY(16)    NOT NULL,
    victim_id             BINARY(16)    NOT NULL,
    sent_on               DATE          NOT NULL,
    returned_on           DATE          NULL,
    satisfaction          INT           NULL,
    felt_listened_to      BOOLEAN       NULL,
    comments              VARCHAR(2000) NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    recorded_by           VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evaluation_victim FOREIGN KEY (victim_id) REFERENCES victim (id),
    CONSTRAINT ck_evaluation_satisfaction CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    KEY ix_evaluation_victim (victim_id, sent_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
