-- metric_customer keeps last month's tier of last month's programme customers: the monthly report's high-value
-- retention (seed 002's 高价值客户保有率) counts the diamond and gold customers of the month before, whatever tier they
-- hold now (a gold customer downgraded this month stays in its base). Null on rows written before this.
alter table metric_customer add column tier_before text;
