// Pending requests past their deadline expire, so they stop holding anybody's slots. A request's
// deadline is the earliest of its own, the event's current one and the end of the event's last
// slot (requests to an event that has ended are closed), so an organiser who closes requests
// early closes the pending ones too. Returns the expired ones: their senders are told.
MATCH (e:Event {id: $event})
CALL (e) {
  OPTIONAL MATCH (s:Slot {event: e.id})
  RETURN max(s.end) AS ended
}
MATCH (r:MeetingRequest {event: $event})
WHERE r.status = 'pending'
WITH r, [t IN [r.expires_at, e.request_deadline, ended] WHERE t IS NOT NULL] AS limits
WITH r, reduce(m = null, t IN limits | CASE WHEN m IS NULL OR t < m THEN t ELSE m END) AS deadline
WHERE deadline IS NOT NULL AND deadline <= $now
SET r.status = 'expired', r.decided_at = deadline
RETURN r {.id, .sender, .to, .decided_at} AS r
