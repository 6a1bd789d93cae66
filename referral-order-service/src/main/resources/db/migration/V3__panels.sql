CREATE TABLE panel (
    id                   BINARY(16)    NOT NULL,
    version              BIGINT        NOT NULL,
    referral_order_id    BINARY(16)    NOT NULL,
    case_id              BINARY(16)    NOT NULL,
    young_person_id      BINARY(16)    NOT NULL,
    panel_type           VARCHAR(20)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    -- England and Wales local time.
    scheduled_for        DATETIME(6)   NOT NULL,
    location             VARCHAR(200)  NOT NULL,
    held_on              DATE          NULL,
    attendance           VARCHAR(20)   NULL,
    decision             VARCHAR(30)   NULL,
    outcome_notes        VARCHAR(2000) NULL,
    outcome_recorded_at  DATETIME(6)   NULL,
    outcome_recorded_by  VARCHAR(255)  NULL,
    debriefed_on         DATE          NULL,
    debrief_notes        VARCHAR(2000) NULL,
    debrief_recorded_by  VARCHAR(255)  NULL,
    cancelled_on         DATE          NULL,
    cancellation_reason  VARCHAR(500)  NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(255)  NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_panel_order FOREIGN KEY (referral_order_id) REFERENCES referral_order (id),
    KEY ix_panel_order (referral_order_id, scheduled_for),
    KEY ix_panel_case (case_id, scheduled_for),
    KEY ix_panel_status (status, scheduled_for),
    KEY ix_panel_scheduled (scheduled_for)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_advisor (
    panel_id     BINARY(16)   NOT NULL,
    position     INT          NOT NULL,
    worker_id    VARCHAR(64)  NOT NULL,
    worker_name  VARCHAR(200) NOT NULL,
    PRIMARY KEY (panel_id, position),
    CONSTRAINT fk_advisor_panel FOREIGN KEY (panel_id) REFERENCES panel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_member (
    id            BINARY(16) NOT NULL,
    panel_id      BINARY(16) NOT NULL,
    volunteer_id  BINARY(16) NOT NULL,
    chair         BOOLEAN    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_member_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT fk_member_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    UNIQUE KEY ux_member_panel_volunteer (panel_id, volunteer_id),
    -- Finding a volunteer's panels (their own list, and the coordinator's volunteerId filter).
    KEY ix_member_volunteer (volunteer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_contract_term (
    panel_id  BINARY(16)   NOT NULL,
    position  INT          NOT NULL,
    term      VARCHAR(500) NOT NULL,
    PRIMARY KEY (panel_id, position),
    CONSTRAINT fk_term_panel FOREIGN KEY (panel_id) REFERENCES panel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE missed_appointment (
    id                 BINARY(16)   NOT NULL,
    referral_order_id  BINARY(16)   NOT NULL,
    missed_on          DATE         NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    panel_id           BINARY(16)   NULL,
    note               VARCHAR(500) NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    recorded_by        VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_missed_order FOREIGN KEY (referral_order_id) REFERENCES referral_order (id),
    CONSTRAINT fk_missed_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    KEY ix_missed_order (referral_order_id, missed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE referral_order
    ADD CONSTRAINT fk_order_contract_panel FOREIGN KEY (contract_panel_id) REFERENCES panel (id);
