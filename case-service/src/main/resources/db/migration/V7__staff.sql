-- The staff register: the YOS workers cases are allocated to, each known by their Keycloak subject (the token's
-- sub, which allocation.worker_id holds), and the teams they work in, in which role, from when until when.
CREATE TABLE staff_member (
    id            BINARY(16)   NOT NULL,
    version       BIGINT       NOT NULL,
    subject       VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    -- Working hours as a full-time equivalent, 0.10 to 1.00.
    fte           DECIMAL(3,2) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(255) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_staff_member_subject (subject),
    KEY ix_staff_member_name (display_name, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A worker's membership of a team, in one role, from start_date to end_date (its last day; NULL while open).
-- Memberships are never deleted: a worker who leaves a team keeps the row, so their allocation history still
-- names a member of the team at the time.
CREATE TABLE staff_membership (
    id               BINARY(16)   NOT NULL,
    staff_member_id  BINARY(16)   NOT NULL,
    team_code        VARCHAR(40)  NOT NULL,
    team_role        VARCHAR(30)  NOT NULL,
    start_date       DATE         NOT NULL,
    end_date         DATE         NULL,
    added_at         DATETIME(6)  NOT NULL,
    added_by         VARCHAR(255) NOT NULL,
    ended_by         VARCHAR(255) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_staff_membership_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    -- A team's register (and the access rule "a member of my team") reads this one.
    KEY ix_staff_membership_team (team_code, staff_member_id),
    KEY ix_staff_membership_member (staff_member_id, team_code, start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
