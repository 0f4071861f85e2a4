-- 0010 DEVELOPMENT ONLY: the offset of the adjustable procedure clock (issue 7, the load test).
-- One row. Silos started with Platform:Development:AdjustableClock=true in the Development environment read it every
-- second and add it to system time for the procedure and the reminders; the frontend's PUT /api/v1/dev/clock writes
-- it. Outside Development nothing reads or writes it, and its offset stays 0.

create table dev_clock (
    id         boolean primary key default true check (id),
    offset_ms  bigint      not null default 0,
    updated_at timestamptz not null default now()
);

insert into dev_clock (id) values (true);
