-- The case list's rows in the order it shows them. A list sorts by its sort key and then by id ascending (the
-- tie-break that keeps pages stable), so the default newest-first list is ORDER BY outcome_date DESC, id. With only
-- ascending indexes the database read and sorted every matching case to return one page (250,000 at a large
-- service); an index in that very order (a descending key: MySQL 8, MariaDB 10.8+) lets it read the first page and
-- stop. One for the whole list, one per filter a list is commonly scoped by (team, team and status, status, type).
ALTER TABLE case_record
    DROP INDEX ix_case_outcome_date,
    ADD INDEX ix_case_newest (outcome_date DESC, id),
    DROP INDEX ix_case_team_status,
    ADD INDEX ix_case_team_status_newest (owning_team_code, status, outcome_date DESC, id),
    ADD INDEX ix_case_team_newest (owning_team_code, outcome_date DESC, id),
    DROP INDEX ix_case_status,
    ADD INDEX ix_case_status_newest (status, outcome_date DESC, id),
    DROP INDEX ix_case_type,
    ADD INDEX ix_case_type_newest (case_type, outcome_date DESC, id),
    -- A team sees the children of its cases: the team's cases' children, read from the index alone.
    ADD INDEX ix_case_team_young_person (owning_team_code, young_person_id);
