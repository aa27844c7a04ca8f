-- campaign: the members API pages through one group of a campaign by value at risk (highest first, ties by number):
-- this index serves that order directly, so a page with an offset no longer sorts the whole group.
create index campaign_member_group_order on campaign_member (campaign_id, grp, value_at_risk desc, msisdn);

-- a call task retention did not open after all is found by its id (CampaignCalls.notOpened)
create index campaign_member_task on campaign_member (task_id) where task_id is not null;
