-- 0015 The staff of a center (issue 15): who works at a recognition center, in which role, as the identity provider
-- knows them (the subject of their tokens). Sign-in still takes the roles and the center from the token's claims; this
-- is the center's own record of them, kept by administrators, which a head of center reads ("who works here").
-- A staff member's name is their work name as the identity provider shows it; no IIN is stored.
create table center_staff (
    center_number text not null,
    subject       text not null,
    role          text not null check (role in ('registrar', 'head', 'commission-member', 'appeal-commission-member')),
    display_name  text not null,
    added_at      timestamptz not null default now(),
    added_by      text not null,
    primary key (center_number, subject, role)
);

-- Which centers a subject works at, for an administrator looking a person up.
create index center_staff_subject on center_staff (subject);
