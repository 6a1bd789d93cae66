-- Test only (DatabaseDeadlineTest): a migration statement that takes longer than the request deadline of its
-- profile (1 s). Its version is above every real one, so the other tests' Flyway sees it as a future migration.
SELECT SLEEP(2);
