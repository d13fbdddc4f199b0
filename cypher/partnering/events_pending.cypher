// Events with pending requests: the delivery worker's sweep expires those past their deadline,
// so their senders are told even when nobody reads the event.
MATCH (r:MeetingRequest)
WHERE r.status = 'pending'
RETURN DISTINCT r.event AS event
