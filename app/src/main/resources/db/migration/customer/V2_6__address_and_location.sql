-- customer: where a customer lives (issue 13; subscribers.csv's optional address, lat, lon), for
-- planning face-to-face complaint visits. WGS-84 degrees; both or neither.
alter table subscriber add column address text;
alter table subscriber add column lat double precision;
alter table subscriber add column lon double precision;
alter table subscriber add constraint subscriber_location_pair check ((lat is null) = (lon is null));
alter table subscriber add constraint subscriber_location_range check (lat between -90 and 90 and lon between -180 and 180);
