-- contacts by the day they were made, for the closed loop's months (outcome's ClosedLoopReadModel)
create index contact_at on contact (at);
