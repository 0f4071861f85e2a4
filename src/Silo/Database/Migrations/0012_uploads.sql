-- 0012 Uploads and their owners (issue 11, trust boundaries). A stored upload belongs to whoever uploaded it: a
-- candidate (owner_kind 'candidate', owner_key their candidate key) or a center's staff scanning a paper application
-- ('center', the center number). Only the owner may attach it to a case, and it is attached to one case only:
-- case_id is set when an application or resubmission lists it and stays (a resubmission to the same case may list it
-- again). id is the name the platform issued (32 hex digits and the type's extension), the file's name on disk.
-- No personal data: the candidate is their key, the file itself is on disk.

create table uploads (
    id           text primary key check (id ~ '^[0-9a-f]{32}\.(pdf|jpg|png)$'),
    owner_kind   text not null check (owner_kind in ('candidate', 'center')),
    owner_key    text not null,
    content_type text not null,
    length       bigint not null check (length > 0),
    created_at   timestamptz not null default now(),
    case_id      text,
    attached_at  timestamptz,
    check ((case_id is null) = (attached_at is null))
);

create index uploads_owner on uploads (owner_kind, owner_key, created_at);
create index uploads_case on uploads (case_id) where case_id is not null;
