-- retention: indexes for the workbench's task lists (checked with EXPLAIN at 1M subscribers / 200k tasks).
-- My tasks: one manager's open tasks in page order (priority desc, task_id) without a sort.
create index task_manager_open_page on task (manager_id, priority desc, task_id) where status = 'open';
-- the API's province-wide list for supervisors and analysts: one status in page order.
create index task_status_page on task (status, priority desc, task_id);
