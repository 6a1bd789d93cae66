-- Test only (DatabaseDeadlineTest): a migration statement that takes longer than the request deadline of its
-- profile (1 s). Its version is above every real one; DatabaseDeadlineTest removes its history row when it is done,
-- as the other profiles' Flyway refuses an applied migration it cannot resolve.
SELECT SLEEP(2);
