CREATE TABLE volunteer (
    id                 BINARY(16)   NOT NULL,
    version            BIGINT       NOT NULL,
    given_name         VARCHAR(100) NOT NULL,
    family_name        VARCHAR(100) NOT NULL,
    email              VARCHAR(254) NULL,
    phone              VARCHAR(30)  NULL,
    representative     BOOLEAN      NOT NULL,
    mentor             BOOLEAN      NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    -- The volunteer's Keycloak account (token sub): how a panel-volunteer login finds its panels.
    user_subject       VARCHAR(64)  NULL,
    dbs_checked_on     DATE         NULL,
    dbs_expires_on     DATE         NULL,
    availability_note  VARCHAR(500) NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(255) NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by         VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_volunteer_user_subject (user_subject),
    KEY ix_volunteer_name (family_name, given_name),
    KEY ix_volunteer_given_name (given_name),
    KEY ix_volunteer_status (status, family_name),
    KEY ix_volunteer_dbs_expires (dbs_expires_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE volunteer_availability (
    volunteer_id  BINARY(16)  NOT NULL,
    position      INT         NOT NULL,
    day_of_week   VARCHAR(10) NOT NULL,
    start_time    TIME        NOT NULL,
    end_time      TIME        NOT NULL,
    PRIMARY KEY (volunteer_id, position),
    CONSTRAINT fk_availability_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE volunteer_training (
    id            BINARY(16)   NOT NULL,
    volunteer_id  BINARY(16)   NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    completed_on  DATE         NOT NULL,
    provider      VARCHAR(200) NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    recorded_by   VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_training_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    KEY ix_training_volunteer (volunteer_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE volunteer_conflict (
    id               BINARY(16)   NOT NULL,
    volunteer_id     BINARY(16)   NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    young_person_id  BINARY(16)   NULL,
    victim_id        BINARY(16)   NULL,
    declared_on      DATE         NOT NULL,
    note             VARCHAR(500) NULL,
    recorded_at      DATETIME(6)  NOT NULL,
    recorded_by      VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_conflict_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT ck_conflict_subject CHECK ((kind = 'CHILD' AND young_person_id IS NOT NULL AND victim_id IS NULL)
        OR (kind = 'VICTIM' AND victim_id IS NOT NULL AND young_person_id IS NULL)),
    KEY ix_conflict_volunteer (volunteer_id),
    KEY ix_conflict_young_person (young_person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Status changes with their reasons; the volunteer row keeps only the current status.
CREATE TABLE volunteer_status_change (
    id            BINARY(16)   NOT NULL,
    volunteer_id  BINARY(16)   NOT NULL,
    from_status   VARCHAR(20)  NULL,
    to_status     VARCHAR(20)  NOT NULL,
    effective_on  DATE         NOT NULL,
    reason        VARCHAR(500) NULL,
    changed_at    DATETIME(6)  NOT NULL,
    changed_by    VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_status_change_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    KEY ix_status_change_volunteer (volunteer_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
