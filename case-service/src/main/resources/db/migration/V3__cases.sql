CREATE TABLE case_record (
    id                         BINARY(16)   NOT NULL,
    version                    BIGINT       NOT NULL,
    young_person_id            BINARY(16)   NOT NULL,
    case_type                  VARCHAR(60)  NOT NULL,
    outcome_date               DATE         NOT NULL,
    owning_team_code           VARCHAR(40)  NOT NULL,
    status                     VARCHAR(20)  NOT NULL,
    first_time_entrant         BOOLEAN      NOT NULL,
    closure_reason             VARCHAR(60)  NULL,
    closed_on                  DATE         NULL,
    ete_hours_at_closure       INT          NULL,
    accommodation_suitable     BOOLEAN      NULL,
    end_of_order_questionnaire BOOLEAN      NULL,
    created_at                 DATETIME(6)  NOT NULL,
    created_by                 VARCHAR(255) NOT NULL,
    updated_at                 DATETIME(6)  NOT NULL,
    updated_by                 VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_young_person FOREIGN KEY (young_person_id) REFERENCES young_person (id),
    KEY ix_case_young_person (young_person_id, outcome_date),
    KEY ix_case_team_status (owning_team_code, status, outcome_date),
    KEY ix_case_status (status, outcome_date),
    KEY ix_case_type (case_type, outcome_date),
    KEY ix_case_outcome_date (outcome_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offence (
    id                 BINARY(16)   NOT NULL,
    case_id            BINARY(16)   NOT NULL,
    offence_type_code  VARCHAR(40)  NOT NULL,
    description        VARCHAR(500) NOT NULL,
    gravity_score      INT          NOT NULL,
    offence_date       DATE         NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    recorded_by        VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_offence_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    CONSTRAINT ck_offence_gravity CHECK (gravity_score BETWEEN 1 AND 8),
    KEY ix_offence_case (case_id, offence_date),
    KEY ix_offence_type (offence_type_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Closing and reopening, with the reasons; the case row keeps only the current state.
CREATE TABLE case_status_change (
    id          BINARY(16)   NOT NULL,
    case_id     BINARY(16)   NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    effective_on DATE        NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    changed_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_status_change_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    KEY ix_status_change_case (case_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
