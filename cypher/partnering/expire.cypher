// Pending requests past their deadline expire, so they stop holding anybody's slots. A request's
// deadline is the earlier of its own and the event's current one, so an organiser who closes
// requests early closes the pending ones too.
MATCH (e:Event {id: $event})
MATCH (r:MeetingRequest {event: $event})
WHERE r.status = 'pending'
WITH r, [t IN [r.expires_at, e.request_deadline] WHERE t IS NOT NULL] AS limits
WITH r, reduce(m = null, t IN limits | CASE WHEN m IS NULL OR t < m THEN t ELSE m END) AS deadline
WHERE deadline IS NOT NULL AND deadline <= $now
SET r.status = 'expired', r.decided_at = deadline
RETURN count(r) AS expired
