-- 0016 The operator's statistics (issue 15).
--
-- P23's three outcomes of an appeal told apart: the case grain writes the outcome of the case's latest appeal decision
-- ('upheld', 'rejected', 'technicalDiscrepancy'; null before any) with the rest of the projection. Cases decided before
-- this migration get theirs at their next change.
alter table case_projection add column appeal_outcome text
    check (appeal_outcome in ('upheld', 'rejected', 'technicalDiscrepancy'));

-- The statistics read three kinds of a sitting's events (opened, theory submitted, practical completed) out of the
-- dozens each sitting logs. Without this index the join read the whole log: on 1,000,000 events of 20,000 sittings,
-- a parallel sequential scan of sitting_events (24,403 pages, 94 % of the rows filtered out; 169 ms for one center).
-- With it: a bitmap scan of this index for every center (1,621 pages), an index scan per sitting for one center
-- (3,098 pages in all, 42 ms). Partial, so the many other events do not grow it (1.1 MB against the log's 191 MB);
-- no payload in it (a practical's payload may be longer than an index entry may be).
create index sitting_events_statistics on sitting_events (sitting_id)
    where kind in ('Opened', 'TheorySubmitted', 'PracticalCompleted');
