// Lock or unlock a meeting, or record whether it was held and what came of it.
MATCH (m:Meeting {id: $id})
WHERE m.event = $event
SET m.locked = coalesce($locked, m.locked),
    m.held = coalesce($held, m.held),
    m.outcome = coalesce($outcome, m.outcome)
RETURN m.id AS id, m.a AS a, m.b AS b, m.locked AS locked, m.held AS held
