CREATE TABLE referral_order (
    id                      BINARY(16)   NOT NULL,
    version                 BIGINT       NOT NULL,
    -- case-service's case and child; checked there when the order is recorded.
    case_id                 BINARY(16)   NOT NULL,
    young_person_id         BINARY(16)   NOT NULL,
    owning_team_code        VARCHAR(40)  NOT NULL,
    sentence_date           DATE         NOT NULL,
    court_name              VARCHAR(200) NOT NULL,
    length_months           INT          NOT NULL,
    extension_months        INT          NOT NULL,
    status                  VARCHAR(30)  NOT NULL,
    initial_panel_due_date  DATE         NOT NULL,
    initial_panel_held_on   DATE         NULL,
    contract_agreed_on      DATE         NULL,
    start_date              DATE         NULL,
    end_date                DATE         NULL,
    contract_panel_id       BINARY(16)   NULL,
    closed_on               DATE         NULL,
    created_at              DATETIME(6)  NOT NULL,
    created_by              VARCHAR(255) NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    updated_by              VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    -- One order per case, even under concurrent requests.
    UNIQUE KEY ux_referral_order_case (case_id),
    CONSTRAINT ck_referral_order_length CHECK (length_months BETWEEN 1 AND 36 AND extension_months BETWEEN 0 AND 36),
    KEY ix_referral_order_young_person (young_person_id),
    KEY ix_referral_order_status (status, sentence_date),
    KEY ix_referral_order_team (owning_team_code, status),
    KEY ix_referral_order_sentence (sentence_date),
    KEY ix_referral_order_initial_due (initial_panel_held_on, initial_panel_due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_extension (
    id                 BINARY(16)   NOT NULL,
    referral_order_id  BINARY(16)   NOT NULL,
    months             INT          NOT NULL,
    granted_on         DATE         NOT NULL,
    reason             VARCHAR(500) NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    recorded_by        VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_extension_order FOREIGN KEY (referral_order_id) REFERENCES referral_order (id),
    KEY ix_extension_order (referral_order_id, granted_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE revocation_request (
    id                 BINARY(16)   NOT NULL,
    referral_order_id  BINARY(16)   NOT NULL,
    requested_on       DATE         NOT NULL,
    reason             VARCHAR(500) NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    decided_on         DATE         NULL,
    decision_note      VARCHAR(500) NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    recorded_by        VARCHAR(255) NOT NULL,
    decided_by         VARCHAR(255) NULL,
    -- 1 while pending, NULL once decided: the unique key below allows one pending request per order
    -- (NULLs never collide), in MySQL 8 and MariaDB alike.
    pending_marker     TINYINT AS (IF(status = 'PENDING', 1, NULL)) STORED,
    PRIMARY KEY (id),
    CONSTRAINT fk_revocation_order FOREIGN KEY (referral_order_id) REFERENCES referral_order (id),
    UNIQUE KEY ux_revocation_pending (referral_order_id, pending_marker),
    KEY ix_revocation_order (referral_order_id, requested_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
