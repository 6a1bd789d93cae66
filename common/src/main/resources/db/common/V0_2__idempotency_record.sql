CREATE TABLE idempotency_record (
    id               BINARY(16)   NOT NULL,
    caller           VARCHAR(64)  NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    response_status  INT          NOT NULL,
    response_body    MEDIUMTEXT   NOT NULL,
    location         VARCHAR(500) NULL,
    etag             VARCHAR(100) NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- One stored response per caller and key: the guard against concurrent duplicates.
    UNIQUE KEY ux_idempotency_caller_key (caller, idempotency_key),
    KEY ix_idempotency_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
