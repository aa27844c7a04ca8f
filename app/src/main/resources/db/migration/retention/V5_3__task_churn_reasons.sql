-- the churn model's top three reasons for the task's customer, as in segments.csv
alter table task add column churn_reasons text;
