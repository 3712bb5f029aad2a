-- A fingerprint (SHA-256, hex) of the shipped file's content for a year loaded from it, so that a corrected
-- file replaces the year at the next start-up. Null for a year an administrator corrected (updated_by set,
-- never replaced) and for years loaded before this column existed (their stored content is compared).
alter table calendar_year add column shipped_fingerprint varchar(64);
