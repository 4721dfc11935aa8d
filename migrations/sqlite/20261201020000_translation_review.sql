-- For each language, the English text each translation was made or confirmed against
-- ({"cy": {"message-id": "English text"}}): a translation whose English has changed since is
-- marked "needs review" until someone confirms it.
ALTER TABLE service_versions ADD COLUMN reviewed TEXT NOT NULL DEFAULT '{}';
