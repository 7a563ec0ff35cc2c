-- Who did it is the signed-in account (hazard_event.actor from now on); the name a caller typed into the
-- request is kept beside it as "on behalf of". Rows written before this migration carry the typed name as actor.
ALTER TABLE hazard_event ADD COLUMN on_behalf_of VARCHAR(100);
