-- the churn model's top three reasons ("feature=value;…", strongest first); null without a model or for customers not explained
alter table segment add column churn_reasons text;
