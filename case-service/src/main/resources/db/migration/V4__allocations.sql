CREATE TABLE allocation (
    id              BINARY(16)   NOT NULL,
    case_id         BINARY(16)   NOT NULL,
    allocation_role VARCHAR(40)  NOT NULL,
    worker_id       VARCHAR(64)  NOT NULL,
    worker_name     VARCHAR(200) NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE         NULL,
    allocated_at    DATETIME(6)  NOT NULL,
    allocated_by    VARCHAR(255) NOT NULL,
    ended_by        VARCHAR(255) NULL,
    -- 1 while the allocation is current, NULL once ended: the unique key below then allows exactly one current
    -- holder per case and role (NULLs never collide), in MySQL 8 and MariaDB alike.
    current_marker  TINYINT AS (IF(end_date IS NULL, 1, NULL)) STORED,
    PRIMARY KEY (id),
    CONSTRAINT fk_allocation_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    UNIQUE KEY ux_allocation_current (case_id, allocation_role, current_marker),
    KEY ix_allocation_worker (worker_id, end_date),
    KEY ix_allocation_case (case_id, start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
