-- customer: the display names of regions and branches (regions.csv, optional), in Chinese and English.
-- A row with an empty branch names the region itself; a code without a row shows as the code.
create table region_name (
    region  text not null,
    branch  text not null default '',
    name_zh text not null,
    name_en text not null,
    primary key (region, branch)
);
