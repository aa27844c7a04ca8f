-- The escalation scan reads running orders by their warning instant (Escalations.scan).
create index work_order_running_warn on work_order (warn_at) where state in ('new', 'assigned', 'in_progress');
