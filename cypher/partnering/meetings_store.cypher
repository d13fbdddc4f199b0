// Store a schedule run. Meetings are upserted by id (an id stays with its pair across runs, and
// SEQUENCE is raised by the caller when one moves); meetings of the previous run left out of this
// one become cancelled (kept, so an .ics export can cancel them); every request of the event gets
// why it was left out ($reasons: request id -> reason code), or null when scheduled.
CALL () {
  UNWIND $rows AS row
  MERGE (m:Meeting:Partnering {id: row.id})
  SET m += row, m.event = $event, m.locked = coalesce(m.locked, false), m.cancelled = false
  RETURN count(m) AS stored
}
CALL () {
  UNWIND $dropped AS x
  MATCH (m:Meeting {id: x})
  WHERE m.event = $event
  SET m.cancelled = true, m.locked = false, m.sequence = coalesce(m.sequence, 0) + 1
  RETURN count(m) AS cancelled
}
CALL () {
  MATCH (r:MeetingRequest {event: $event})
  SET r.left_out = $reasons[r.id]
  RETURN count(r) AS requests
}
RETURN stored, cancelled
