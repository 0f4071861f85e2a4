-- 0014 The registrar's inbox (issue 14): a center's open cases filtered by channel (P4: online or paper) and found by
-- surname, read from the projection, never from grain state.
-- The channel is written by the case grain with the rest of the projection (a case keeps the channel it came by).
alter table case_projection add column channel text;

-- The center's open cases by step: the inbox's filter and its count.
create index case_projection_center_state on case_projection (center_number, state);

-- Surnames for the registrar's search, as a keyed hash only (HMAC-SHA256 of the normalized surname, the key the
-- frontend holds): a name is never stored in a list table, and the hash of a known surname cannot be computed
-- without the secret. Written when a person registers (App.1) and when an inbox page reads its rows' names.
create table candidate_surname (
    candidate_key text primary key,
    surname_key   bytea not null
);

create index candidate_surname_key on candidate_surname (surname_key);
