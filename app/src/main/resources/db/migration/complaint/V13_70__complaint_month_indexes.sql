-- "if not exists": the 1M benchmark database had them made by hand before this migration; a fresh one makes them here.
-- A month's complaints by when they arrived and when they were closed: the monthly report, the metrics' time limits,
-- the evaluation and the cycle's complaint facts read one month of them, not every complaint ever (a province keeps
-- years of them).
create index if not exists complaint_received on complaint (received_at);
create index if not exists complaint_closed on complaint (closed_at) where closed_at is not null;
