-- Safe retries from the field: a write sent with an Idempotency-Key is claimed here first, and the record it
-- wrote is set in the same transaction as the record itself, so a key either names its one record or nothing.
CREATE TABLE idempotency_key (
	username      VARCHAR(100) NOT NULL,
	idem_key      VARCHAR(100) NOT NULL,
	endpoint      VARCHAR(100) NOT NULL,
	request_hash  VARCHAR(64)  NOT NULL,
	resource_id   BIGINT,
	claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (username, idem_key)
);
