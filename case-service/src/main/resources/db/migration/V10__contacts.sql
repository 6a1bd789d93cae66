-- Contacts with the child: appointments planned with a worker, at a date and time (England and Wales local time) and
-- a place, and their outcome once the time has passed.
CREATE TABLE contact (
    id                   BINARY(16)    NOT NULL,
    version              BIGINT        NOT NULL,
    case_id              BINARY(16)    NOT NULL,
    kind                 VARCHAR(30)   NOT NULL,
    planned_at           DATETIME      NOT NULL,
    place                VARCHAR(200)  NOT NULL,
    worker_id            VARCHAR(64)   NOT NULL,
    worker_name          VARCHAR(200)  NOT NULL,
    outcome              VARCHAR(30)   NULL,
    outcome_reason       VARCHAR(1000) NULL,
    outcome_recorded_on  DATE          NULL,
    outcome_recorded_by  VARCHAR(255)  NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(255)  NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    -- A case's contacts by date (the list, newest first), and those attended in a month (compliance).
    KEY ix_contact_case (case_id, planned_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A manager's consideration of breach, raised when a case's warnings reach the configured number within the window.
CREATE TABLE breach_consideration (
    id           BINARY(16)    NOT NULL,
    version      BIGINT        NOT NULL,
    case_id      BINARY(16)    NOT NULL,
    raised_on    DATE          NOT NULL,
    due_date     DATE          NOT NULL,
    decision     VARCHAR(30)   NULL,
    reason       VARCHAR(2000) NULL,
    decided_on   DATE          NULL,
    decided_by   VARCHAR(255)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(255)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(255)  NOT NULL,
    open_marker  TINYINT AS (IF(decided_on IS NULL, 1, NULL)) STORED,
    PRIMARY KEY (id),
    CONSTRAINT fk_breach_consideration_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    -- At most one consideration outstanding per case.
    UNIQUE KEY ux_breach_consideration_open (case_id, open_marker),
    KEY ix_breach_consideration_case (case_id, raised_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A warning for an unacceptable absence, dated on the missed appointment's day; the consideration it was counted
-- towards, once one was raised (a warning counts towards one consideration only).
CREATE TABLE contact_warning (
    id                       BINARY(16)   NOT NULL,
    version                  BIGINT       NOT NULL,
    case_id                  BINARY(16)   NOT NULL,
    contact_id               BINARY(16)   NOT NULL,
    warned_on                DATE         NOT NULL,
    breach_consideration_id  BINARY(16)   NULL,
    created_at               DATETIME(6)  NOT NULL,
    created_by               VARCHAR(255) NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    updated_by               VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_warning_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    CONSTRAINT fk_contact_warning_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_contact_warning_consideration FOREIGN KEY (breach_consideration_id)
        REFERENCES breach_consideration (id),
    UNIQUE KEY ux_contact_warning_contact (contact_id),
    KEY ix_contact_warning_case (case_id, warned_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
