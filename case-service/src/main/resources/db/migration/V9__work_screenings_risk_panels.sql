-- What is due: one row per piece of work a case falls due for, written beside the record it is about in the same
-- transaction. The team is the case's, kept in step, so a team's list is one index range.
CREATE TABLE work_item (
    id              BINARY(16)  NOT NULL,
    case_id         BINARY(16)  NOT NULL,
    young_person_id BINARY(16)  NOT NULL,
    team_code       VARCHAR(40) NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    source_id       BINARY(16)  NOT NULL,
    due_date        DATE        NOT NULL,
    completed_on    DATE        NULL,
    state           VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_work_item_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    UNIQUE KEY ux_work_item_source (source_id, kind),
    -- A team's due and overdue work, earliest first; and what it completed in a period.
    KEY ix_work_item_team_due (team_code, state, due_date, id),
    KEY ix_work_item_team_completed (team_code, state, completed_on, id),
    KEY ix_work_item_case (case_id, due_date),
    KEY ix_work_item_due (state, due_date, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Gang and criminal exploitation, child sexual exploitation and contextual safeguarding screenings. Compulsory ones
-- are due from the case's start; others are recorded when done.
CREATE TABLE screening (
    id                BINARY(16)    NOT NULL,
    version           BIGINT        NOT NULL,
    case_id           BINARY(16)    NOT NULL,
    kind              VARCHAR(40)   NOT NULL,
    due_date          DATE          NULL,
    completed_on      DATE          NULL,
    outcome           VARCHAR(30)   NULL,
    referral          VARCHAR(40)   NULL,
    referral_made_on  DATE          NULL,
    notes             VARCHAR(2000) NULL,
    completed_by      VARCHAR(255)  NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(255)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(255)  NOT NULL,
    open_marker       TINYINT AS (IF(completed_on IS NULL, 1, NULL)) STORED,
    PRIMARY KEY (id),
    CONSTRAINT fk_screening_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    UNIQUE KEY ux_screening_open (case_id, kind, open_marker),
    KEY ix_screening_case (case_id, completed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Risk, Safety and Wellbeing panels: due after an assessment rates ROSH or safety and wellbeing high or very high.
CREATE TABLE risk_panel (
    id                BINARY(16)    NOT NULL,
    version           BIGINT        NOT NULL,
    case_id           BINARY(16)    NOT NULL,
    assessment_id     BINARY(16)    NULL,
    due_date          DATE          NOT NULL,
    held_on           DATE          NULL,
    decisions         VARCHAR(4000) NULL,
    next_review_date  DATE          NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(255)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(255)  NOT NULL,
    open_marker       TINYINT AS (IF(held_on IS NULL, 1, NULL)) STORED,
    PRIMARY KEY (id),
    CONSTRAINT fk_risk_panel_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    CONSTRAINT fk_risk_panel_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    -- At most one panel waiting to be held per case.
    UNIQUE KEY ux_risk_panel_open (case_id, open_marker),
    KEY ix_risk_panel_case (case_id, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE risk_panel_agency (
    risk_panel_id BINARY(16)   NOT NULL,
    position      INT          NOT NULL,
    agency        VARCHAR(200) NOT NULL,
    PRIMARY KEY (risk_panel_id, position),
    CONSTRAINT fk_risk_panel_agency FOREIGN KEY (risk_panel_id) REFERENCES risk_panel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE risk_panel_action (
    risk_panel_id BINARY(16)   NOT NULL,
    position      INT          NOT NULL,
    description   VARCHAR(500) NOT NULL,
    owner         VARCHAR(200) NOT NULL,
    due_date      DATE         NOT NULL,
    PRIMARY KEY (risk_panel_id, position),
    CONSTRAINT fk_risk_panel_action FOREIGN KEY (risk_panel_id) REFERENCES risk_panel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
