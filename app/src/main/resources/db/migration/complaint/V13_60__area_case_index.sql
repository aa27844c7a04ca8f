-- The alarm page counts each area case's complaints (AreaCaseStore.list): one index probe per case.
create index complaint_by_area_case on complaint (area_case_id) where area_case_id is not null;
