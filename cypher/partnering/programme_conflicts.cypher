// Locked meetings a new programme would drop (their slot or table is gone): the organiser must
// unlock them first, since a locked meeting is a promise to both sides.
MATCH (m:Meeting {event: $event})
WHERE m.locked AND (NOT m.slot IN $slot_ids OR NOT m.table IN $tables)
RETURN m.id AS id, m.slot AS slot, m.table AS table
