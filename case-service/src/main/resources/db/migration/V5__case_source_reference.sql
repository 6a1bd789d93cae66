-- A case opened from another service's decision (a prevention and diversion intake) names that decision, so the
-- same decision opens at most one case however often, and however concurrently, it is sent: the unique key is the
-- guard (NULLs never collide, so cases opened directly by YOS staff are unaffected). young_person_matched keeps
-- whether the intake found the child already recorded, so every replay answers exactly as the first call did.
ALTER TABLE case_record
    ADD COLUMN source_reference     VARCHAR(80) NULL,
    ADD COLUMN young_person_matched BOOLEAN     NULL,
    ADD UNIQUE KEY ux_case_source_reference (source_reference);
