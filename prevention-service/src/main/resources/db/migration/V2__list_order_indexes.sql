-- The referral list shows the newest first: ORDER BY received_on DESC, id (the id ascending is the tie-break that
-- keeps pages stable). Indexes in that very order (descending keys: MySQL 8, MariaDB 10.8+), for the whole list
-- and for each filter it is scoped by (a police referrer's organisation, status, source), let the database read
-- the first page and stop instead of sorting every matching referral. The overdue filter (no assessment, not
-- closed, due before today) gets an index that starts with its two empty columns.
ALTER TABLE prevention_referral
    DROP INDEX ix_prevention_referral_received,
    ADD INDEX ix_prevention_referral_newest (received_on DESC, id),
    DROP INDEX ix_prevention_referral_organisation,
    ADD INDEX ix_prevention_referral_organisation_newest (referring_organisation, received_on DESC, id),
    DROP INDEX ix_prevention_referral_status,
    ADD INDEX ix_prevention_referral_status_newest (status, received_on DESC, id),
    DROP INDEX ix_prevention_referral_source,
    ADD INDEX ix_prevention_referral_source_newest (source, received_on DESC, id),
    ADD INDEX ix_prevention_referral_open_assessment (assessment_completed_on, closed_on, assessment_due_date);
