-- The benchmark's data set, written straight into PostgreSQL (the import endpoint is measured on its own):
-- every county gets 300 organisations, 5 000 contacts, 20 networks with 1 000 memberships between them,
-- 2 000 meetings (the past ones HELD, with 10 attendances each), 20 000 support requests and 5 surveys with
-- 300 responses each (every organisation answers, naming two needs). Ids are deterministic so that wrk and
-- pgbench draw from the same pool without asking the database:
--   00000000-0000-4000-8<kind><county>-<n, 12 digits>
-- with kind 1 organisation, 2 contact, 3 network, 4 membership, 5 meeting, 6 attendance, 7 support request,
-- 8 survey, 9 survey response. Run with psql -v ON_ERROR_STOP=1 on a migrated, empty database.
\set ON_ERROR_STOP 1
create or replace function pg_temp.bid(kind int, cc text, n bigint) returns uuid language sql immutable as
$$ select ('00000000-0000-4000-8' || kind || cc || '-' || lpad(n::text, 12, '0'))::uuid $$;

create temp table cm as
select county_code, code, row_number() over (partition by county_code order by code) - 1 as i,
       count(*) over (partition by county_code) as n
from municipality;

insert into organisation (county_code, id, name, type, municipality_code, version, created_at, created_by,
                          updated_at, updated_by, external_id)
select c.code, pg_temp.bid(1, c.code, g),
       case when g <= m.n then m.name || ' kommun' else 'Förening ' || g || ' för trygghet i ' || m.name end,
       case when g <= m.n then 'MUNICIPALITY'
            else (array['CIVIL_SOCIETY','POLICE','LOCAL_COUNCIL','BUSINESS','CITY_DISTRICT'])[1 + g % 5] end,
       m.code, 0, now(), 'benchmark', now(), 'benchmark', 'org-' || g
from county c
cross join generate_series(1, 300) g
join lateral (select cm.code, cm.n, mu.name from cm join municipality mu on mu.code = cm.code
              where cm.county_code = c.code and cm.i = (g - 1) % cm.n) m on true;

insert into contact (county_code, id, name, email, phone, title, organisation_id, version, created_at, created_by,
                     updated_at, updated_by, external_id)
select c.code, pg_temp.bid(2, c.code, g), 'Kontakt ' || g || ' Åström', 'kontakt' || g || '.' || c.code || '@example.se',
       '070-' || lpad(g::text, 7, '0'), 'Brottsförebyggande samordnare', pg_temp.bid(1, c.code, 1 + g % 300),
       0, now(), 'benchmark', now(), 'benchmark', 'contact-' || g
from county c cross join generate_series(1, 5000) g;

insert into network (county_code, id, name, purpose, status, version, created_at, created_by, updated_at, updated_by)
select c.code, pg_temp.bid(3, c.code, g), 'Nätverk ' || g || ' för trygghet', 'Samverkan mellan kommunerna', 'ACTIVE',
       0, now(), 'benchmark', now(), 'benchmark'
from county c cross join generate_series(1, 20) g;

insert into membership (county_code, id, network_id, contact_id, role, joined_on, version, created_at, created_by,
                        updated_at, updated_by)
select c.code, pg_temp.bid(4, c.code, g), pg_temp.bid(3, c.code, 1 + g % 20), pg_temp.bid(2, c.code, g),
       case when g <= 20 then 'CHAIR' else 'MEMBER' end, date '2025-01-01' + (g % 300), 0, now(), 'benchmark',
       now(), 'benchmark'
from county c cross join generate_series(1, 1000) g;

insert into meeting (county_code, id, title, theme, kind, audience, network_id, starts_at, ends_at, location, status,
                     agenda, guests, actions, need_categories, municipality_codes, version, created_at, created_by,
                     updated_at, updated_by)
select c.code, pg_temp.bid(5, c.code, g), 'Möte ' || g, 'Trygghet i centrum',
       (array['NETWORK_MEETING','TRAINING','SEMINAR'])[1 + g % 3],
       case when g % 3 = 1 then 'OFFICIALS' end, pg_temp.bid(3, c.code, 1 + g % 20),
       timestamptz '2025-01-01 09:00+01' + (g * interval '9 hours'),
       timestamptz '2025-01-01 11:00+01' + (g * interval '9 hours'), 'Länsstyrelsen, sal Öland',
       case when timestamptz '2025-01-01 09:00+01' + (g * interval '9 hours') < now() then 'HELD' else 'PLANNED' end,
       '[]', '[]', '[]',
       array[(array['GOOD_EXAMPLES','LOCAL_PROBLEM_PICTURE','COUNCIL_TRAINING','METHOD_SUPPORT'])[1 + g % 4]],
       '{}', 0, now(), 'benchmark', now(), 'benchmark'
from county c cross join generate_series(1, 2000) g;

insert into attendance (county_code, id, meeting_id, contact_id, status, version, created_at, created_by, updated_at,
                        updated_by)
select m.county_code, pg_temp.bid(6, m.county_code, (g - 1) * 10 + k), m.id,
       pg_temp.bid(2, m.county_code, 1 + ((g * 7 + k * 311) % 5000)), 'ATTENDED', 0, now(), 'benchmark', now(),
       'benchmark'
from meeting m
cross join lateral (select right(split_part(m.id::text, '-', 5), 12)::int as g) x
cross join generate_series(1, 10) k
where m.status = 'HELD';

insert into support_request (county_code, id, organisation_id, topic, title, description, priority, status, due_on,
                             assignee_subject, need_categories, filed_by, filed_by_name, version, created_at,
                             created_by, updated_at, updated_by, external_id)
select c.code, pg_temp.bid(7, c.code, g), pg_temp.bid(1, c.code, 1 + g % 300),
       (array['LOCAL_PROBLEM_PICTURE','SAFETY_SURVEY','CAUSE_ANALYSIS','ACTION_PLAN','EVALUATION','TRAINING'])[1 + g % 6],
       'Stöd med lägesbild ' || g, 'Vi behöver stöd att ta fram en lokal lägesbild för området kring torget.',
       1 + g % 3, (array['SUBMITTED','TRIAGED','IN_PROGRESS','RESOLVED','DECLINED'])[1 + g % 5],
       date '2025-06-01' + (g % 700), case when g % 5 > 0 then 'coordinator-' || c.code end,
       array[(array['GOOD_EXAMPLES','LOCAL_PROBLEM_PICTURE','METHOD_SUPPORT'])[1 + g % 3]]::varchar[],
       'member-' || c.code, 'Medlem ' || c.code, 0,
       timestamptz '2025-01-01 08:00+01' + (g * interval '40 minutes'), 'benchmark',
       timestamptz '2025-01-01 08:00+01' + (g * interval '40 minutes'), 'benchmark', 'sr-' || g
from county c cross join generate_series(1, 20000) g;

insert into survey (county_code, id, title, description, opens_on, closes_on, status, questions, version, created_at,
                    created_by, updated_at, updated_by)
select c.code, pg_temp.bid(8, c.code, s), 'Behovskartläggning ' || (2021 + s), 'Länets årliga kartläggning',
       make_date(2021 + s, 1, 15), make_date(2021 + s, 3, 31), case when s = 5 then 'OPEN' else 'CLOSED' end,
       jsonb_build_array(
         jsonb_build_object('id', pg_temp.bid(8, c.code, 1000 + s * 10 + 1), 'text', 'Vilket stöd behöver ni mest?',
                            'type', 'SINGLE_CHOICE', 'options', jsonb_build_array('Goda exempel', 'Lokal problembild', 'Metodstöd'),
                            'required', true, 'needCategory', null),
         jsonb_build_object('id', pg_temp.bid(8, c.code, 1000 + s * 10 + 2), 'text', 'Hur väl känner ni till länsstyrelsens stöd?',
                            'type', 'SCALE_1_5', 'options', '[]'::jsonb, 'required', true, 'needCategory', null),
         jsonb_build_object('id', pg_temp.bid(8, c.code, 1000 + s * 10 + 3), 'text', 'Övriga önskemål',
                            'type', 'TEXT', 'options', '[]'::jsonb, 'required', false, 'needCategory', 'OTHER')),
       0, now(), 'benchmark', now(), 'benchmark'
from county c cross join generate_series(1, 5) s;

insert into survey_response (county_code, id, survey_id, organisation_id, mode, interviewed_on, interviewer_subject,
                             interviewer_name, answers, needs, version, created_at, created_by, updated_at, updated_by)
select c.code, pg_temp.bid(9, c.code, s * 1000 + o), pg_temp.bid(8, c.code, s), pg_temp.bid(1, c.code, o),
       'INTERVIEW', make_date(2021 + s, 2, 1) + (o % 40), 'coordinator-' || c.code, 'Samordnare ' || c.code,
       jsonb_build_array(
         jsonb_build_object('questionId', pg_temp.bid(8, c.code, 1000 + s * 10 + 1),
                            'value', (array['Goda exempel', 'Lokal problembild', 'Metodstöd'])[1 + o % 3]),
         jsonb_build_object('questionId', pg_temp.bid(8, c.code, 1000 + s * 10 + 2), 'value', 1 + o % 5),
         jsonb_build_object('questionId', pg_temp.bid(8, c.code, 1000 + s * 10 + 3), 'value', 'Stöd för Åby torg')),
       jsonb_build_array(
         jsonb_build_object('category', (array['GOOD_EXAMPLES','LOCAL_PROBLEM_PICTURE','COUNCIL_TRAINING','METHOD_SUPPORT'])[1 + o % 4],
                            'priority', 1 + o % 5, 'note', 'Lägesbild för centrum'),
         jsonb_build_object('category', 'NEW_KNOWLEDGE', 'priority', 3, 'note', null)),
       0, make_date(2021 + s, 2, 1)::timestamptz + (o * interval '1 hour'), 'benchmark',
       make_date(2021 + s, 2, 1)::timestamptz + (o * interval '1 hour'), 'benchmark'
from county c cross join generate_series(1, 5) s cross join generate_series(1, 300) o;

vacuum analyze;
