-- offers' answers by the day they were recorded, for the closed loop's months (outcome's ClosedLoopReadModel)
create index offer_response_recorded_at on offer_response (recorded_at);
