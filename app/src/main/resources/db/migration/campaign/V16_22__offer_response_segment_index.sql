-- campaign: the next best offer counts the answers to its candidate offers in the customer's zone on every page view
-- (OfferResponseStore.countsInSegment): an index that leads with the zone, so a view reads only those answers.
create index offer_response_segment on offer_response (segment, offer_id, outcome);
