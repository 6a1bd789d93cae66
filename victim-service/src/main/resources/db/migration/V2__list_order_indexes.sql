-- Lists sort by their sort key and then by id ascending (the tie-break that keeps pages stable): the victims list
-- newest referral first (referred_on DESC, id), the interventions newest first (created_at DESC, id). Indexes in
-- that very order (descending keys: MySQL 8, MariaDB 10.8+) let the database read the first page and stop instead
-- of sorting every victim. The name search matches given or family name: each needs an index of its own.
ALTER TABLE victim
    DROP INDEX ix_victim_referred,
    ADD INDEX ix_victim_newest (referred_on DESC, id),
    ADD INDEX ix_victim_given_name (given_name);

ALTER TABLE rj_intervention
    DROP INDEX ix_intervention_status,
    ADD INDEX ix_intervention_status_newest (status, created_at DESC, id),
    ADD INDEX ix_intervention_newest (created_at DESC, id);
