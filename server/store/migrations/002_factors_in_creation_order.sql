-- Factors are always listed per account in creation order; this index serves that order
-- directly (rowid, the tie-break, is the index's last key), so no sort runs per request.
DROP INDEX factors_account;
CREATE INDEX factors_account_created ON factors(account_id, created_at);
