// Before a request is created, in the same transaction: take the sender's registration lock (so
// two concurrent sends by one participant cannot both pass the cap) and read what the rules need:
// a pair with a pending, accepted or declined request gets no second one (a decline is an answer).
MATCH (s:Participant {key: $event + '/' + $sender})
SET s.guard = coalesce(s.guard, 0) + 1
WITH s
OPTIONAL MATCH (t:Participant {key: $event + '/' + $to})
RETURN t IS NOT NULL AS to_registered,
       COUNT { MATCH (r:MeetingRequest {event: $event, sender: $sender})
               WHERE r.origin = 'participant' AND r.status IN ['pending', 'accepted'] } AS sent,
       COLLECT { MATCH (r:MeetingRequest {pair: $pair})
                 WHERE r.status IN ['pending', 'accepted', 'declined']
                 RETURN r {.id, .status, .sender} AS r } AS existing
