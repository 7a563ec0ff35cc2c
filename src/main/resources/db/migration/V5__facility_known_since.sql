-- The first day the ledger has a record of a facility for: its earliest inspection, activity or public
-- report (by the date of what happened, not when it was typed in). A cadence report does not condemn an
-- institution for periods that ended before the ledger knew it.
ALTER TABLE facility ADD COLUMN known_since DATE;
UPDATE facility SET known_since = (SELECT MIN(i.inspection_date) FROM inspection i WHERE i.facility_id = facility.id);
UPDATE facility SET known_since = (SELECT MIN(a.held_on) FROM activity a WHERE a.facility_id = facility.id)
WHERE (SELECT MIN(a.held_on) FROM activity a WHERE a.facility_id = facility.id) < COALESCE(known_since, DATE '9999-12-31');
UPDATE facility SET known_since = (SELECT MIN(c.received_on) FROM complaint c WHERE c.facility_id = facility.id)
WHERE (SELECT MIN(c.received_on) FROM complaint c WHERE c.facility_id = facility.id) < COALESCE(known_since, DATE '9999-12-31');
