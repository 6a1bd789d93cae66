-- Owned by the common module and shipped to every service (quarkus.flyway.locations=db/common,db/migration).
-- Versions 0.x are reserved for common; a service's own migrations start at V1.
CREATE TABLE audit_event (
    id           BINARY(16)   NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    subject      VARCHAR(64)  NULL,
    username     VARCHAR(255) NULL,
    client_id    VARCHAR(255) NULL,
    action       VARCHAR(40)  NOT NULL,
    record_type  VARCHAR(60)  NOT NULL,
    record_id    VARCHAR(64)  NULL,
    child_id     BINARY(16)   NULL,
    request_id   VARCHAR(64)  NULL,
    outcome      VARCHAR(20)  NOT NULL,
    detail       VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_record (record_type, record_id),
    KEY ix_audit_event_child (child_id, occurred_at),
    KEY ix_audit_event_subject (subject, occurred_at),
    KEY ix_audit_event_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
