-- customer: managers.csv's optional branch and team (issue 16): the reports and the manager assessment group managers by
-- them. Null when the file does not say.
alter table manager add column branch text;
alter table manager add column team text;
create index manager_team on manager (team);
