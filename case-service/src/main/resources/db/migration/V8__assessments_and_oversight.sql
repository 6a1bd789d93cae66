-- Assessments: each row is one due assessment of a case, from the day it falls due until it is completed, so
-- "what is due" and "what was done on time" are read from one table.
CREATE TABLE assessment (
    id                        BINARY(16)   NOT NULL,
    version                   BIGINT       NOT NULL,
    case_id                   BINARY(16)   NOT NULL,
    tool                      VARCHAR(40)  NOT NULL,
    stage                     VARCHAR(20)  NOT NULL,
    due_date                  DATE         NOT NULL,
    -- What brought a review forward (a significant change, as the case manager recorded it).
    significant_change        VARCHAR(1000) NULL,
    significant_change_on     DATE         NULL,
    started_on                DATE         NULL,
    completed_on              DATE         NULL,
    completed_by_subject      VARCHAR(64)  NULL,
    completed_by              VARCHAR(255) NULL,
    rosh                      VARCHAR(20)  NULL,
    safety_wellbeing          VARCHAR(20)  NULL,
    reoffending               VARCHAR(20)  NULL,
    scaled_approach_indicated VARCHAR(20)  NULL,
    scaled_approach           VARCHAR(20)  NULL,
    override_reason           VARCHAR(1000) NULL,
    sign_off                  VARCHAR(20)  NULL,
    sign_off_due_date         DATE         NULL,
    signed_off_on             DATE         NULL,
    signed_off_by             VARCHAR(255) NULL,
    -- The day the ratings took effect: completion, or the manager's sign-off when one was needed.
    effective_on              DATE         NULL,
    created_at                DATETIME(6)  NOT NULL,
    created_by                VARCHAR(255) NOT NULL,
    updated_at                DATETIME(6)  NOT NULL,
    updated_by                VARCHAR(255) NOT NULL,
    -- 1 while not completed: at most one open assessment per case and stage (NULLs never collide).
    open_marker               TINYINT AS (IF(completed_on IS NULL, 1, NULL)) STORED,
    PRIMARY KEY (id),
    CONSTRAINT fk_assessment_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    CONSTRAINT ck_assessment_completed CHECK (completed_on IS NULL OR started_on IS NOT NULL),
    UNIQUE KEY ux_assessment_open (case_id, stage, open_marker),
    KEY ix_assessment_case (case_id, due_date),
    KEY ix_assessment_due (completed_on, due_date),
    KEY ix_assessment_sign_off (sign_off, sign_off_due_date),
    KEY ix_assessment_effective (case_id, effective_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Management oversight: a manager's recorded review of part of a case, and the actions it set.
CREATE TABLE oversight_record (
    id              BINARY(16)    NOT NULL,
    version         BIGINT        NOT NULL,
    case_id         BINARY(16)    NOT NULL,
    reviewed        VARCHAR(30)   NOT NULL,
    assessment_id   BINARY(16)    NULL,
    decision        VARCHAR(30)   NOT NULL,
    comments        VARCHAR(4000) NOT NULL,
    reviewed_on     DATE          NOT NULL,
    manager_subject VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(255)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_oversight_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    CONSTRAINT fk_oversight_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    KEY ix_oversight_case (case_id, reviewed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE oversight_action (
    id           BINARY(16)   NOT NULL,
    oversight_id BINARY(16)   NOT NULL,
    position     INT          NOT NULL,
    description  VARCHAR(500) NOT NULL,
    due_date     DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_oversight_action_record FOREIGN KEY (oversight_id) REFERENCES oversight_record (id),
    UNIQUE KEY ux_oversight_action_position (oversight_id, position),
    KEY ix_oversight_action_due (due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
