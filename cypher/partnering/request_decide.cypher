// Accept, decline or withdraw a request that is still pending; any other request is returned
// unchanged, so the caller can say what its status is.
MATCH (r:MeetingRequest {id: $id})
WHERE r.event = $event
CALL (r) {
  WITH r
  WHERE r.status = 'pending'
  SET r.status = $status, r.reason = $reason, r.decided_at = $now
}
RETURN r {.*} AS r
