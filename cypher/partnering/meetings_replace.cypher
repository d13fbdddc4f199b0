// Store a schedule run: unlocked meetings are replaced by the new ones; locked ones stay.
CALL () {
  MATCH (m:Meeting {event: $event})
  WHERE NOT m.locked
  DETACH DELETE m
}
UNWIND $rows AS row
CREATE (m:Meeting:Partnering)
SET m = row, m.event = $event, m.locked = false
RETURN count(m) AS created
