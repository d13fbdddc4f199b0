// An event's scheduled meetings (or a participant's), with slot times and both parties, in
// agenda order.
MATCH (m:Meeting {event: $event})
WHERE ($org IS NULL OR $org IN [m.a, m.b]) AND ($id IS NULL OR m.id = $id)
MATCH (s:Slot {key: $event + '/' + m.slot})
MATCH (a:Organization {id: m.a})
MATCH (b:Organization {id: m.b})
OPTIONAL MATCH (pa:Participant {key: $event + '/' + m.a})
OPTIONAL MATCH (pb:Participant {key: $event + '/' + m.b})
RETURN m {.id, .slot, .table, .locked, .message, .request, .held, .outcome} AS m, s.start AS start, s.end AS end,
       a {.id, .name, .name_ja} AS a, pa.people_json AS a_people,
       b {.id, .name, .name_ja} AS b, pb.people_json AS b_people
ORDER BY start, m.table, m.id
