-- Test data only (on the test classpath): the demo logins member-08 and member2-08 act as contacts of two
-- different Kalmar organisations, as the demo data links them in dev. Fixed ids so that tests can name them;
-- idempotent so that a reused test database keeps them as they are.
INSERT INTO organisation (county_code, id, name, type, municipality_code, version, created_at, created_by,
                          updated_at, updated_by)
VALUES ('08', '00000000-0000-4000-8000-000000000801', 'Kalmar kommun (testorganisation för member-08)',
        'MUNICIPALITY', '0880', 0, now(), 'test-data', now(), 'test-data'),
       ('08', '00000000-0000-4000-8000-000000000802', 'Nybro kommun (testorganisation för member2-08)',
        'MUNICIPALITY', '0881', 0, now(), 'test-data', now(), 'test-data')
ON CONFLICT DO NOTHING;

INSERT INTO contact (county_code, id, name, organisation_id, title, login_username, version, created_at,
                     created_by, updated_at, updated_by)
VALUES ('08', '00000000-0000-4000-8000-000000000811', 'Maja Medlem', '00000000-0000-4000-8000-000000000801',
        'Trygghetssamordnare', 'member-08', 0, now(), 'test-data', now(), 'test-data'),
       ('08', '00000000-0000-4000-8000-000000000812', 'Måns Medlem', '00000000-0000-4000-8000-000000000802',
        'Brottsförebyggande strateg', 'member2-08', 0, now(), 'test-data', now(), 'test-data')
ON CONFLICT DO NOTHING;
