// Unlock the given meetings (the organiser confirmed a change that conflicts with them).
UNWIND $ids AS x
MATCH (m:Meeting {id: x})
WHERE m.event = $event
SET m.locked = false
RETURN m.id AS id
