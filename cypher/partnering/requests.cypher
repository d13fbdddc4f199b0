// An event's meeting requests, optionally those a participant sent or received, or of one status.
MATCH (r:MeetingRequest {event: $event})
WHERE ($participant IS NULL OR $participant IN [r.sender, r.to])
  AND ($status IS NULL OR r.status = $status)
  AND ($id IS NULL OR r.id = $id)
RETURN r {.*} AS r
ORDER BY r.created_at, r.id
