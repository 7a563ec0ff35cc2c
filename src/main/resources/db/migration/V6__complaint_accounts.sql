-- Who did it is the signed-in account: the account that recorded a public report and the one that recorded its
-- verification, beside the name typed as the verifier (verified_by, kept as "on behalf of"). Reports recorded
-- before this migration have no account (NULL: not known).
ALTER TABLE complaint ADD COLUMN recorded_by VARCHAR(64);
ALTER TABLE complaint ADD COLUMN verification_recorded_by VARCHAR(64);
