-- Plans: intervention, contingency and transition. A plan keeps every version; the plan row points to the current.
CREATE TABLE plan (
    id              BINARY(16)   NOT NULL,
    version         BIGINT       NOT NULL,
    case_id         BINARY(16)   NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    current_number  INT          NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(255) NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    -- One plan of each kind per case; a change is a new version of it.
    UNIQUE KEY ux_plan_kind (case_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_version (
    id                BINARY(16)    NOT NULL,
    plan_id           BINARY(16)    NOT NULL,
    number            INT           NOT NULL,
    content           VARCHAR(4000) NOT NULL,
    review_date       DATE          NOT NULL,
    receiving_service VARCHAR(200)  NULL,
    transfer_date     DATE          NULL,
    recorded_on       DATE          NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    recorded_by       VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    UNIQUE KEY ux_plan_version_number (plan_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_intervention (
    plan_version_id BINARY(16)   NOT NULL,
    position        INT          NOT NULL,
    description     VARCHAR(500) NOT NULL,
    delivered_by    VARCHAR(200) NOT NULL,
    target_date     DATE         NOT NULL,
    PRIMARY KEY (plan_version_id, position),
    CONSTRAINT fk_plan_intervention_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
