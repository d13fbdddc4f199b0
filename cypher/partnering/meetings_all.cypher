// Every meeting of an event as stored, cancelled ones too: what a new schedule run is compared with.
MATCH (m:Meeting {event: $event})
RETURN m {.id, .a, .b, .slot, .table, .locked, .cancelled, .sequence} AS m
ORDER BY m.id
