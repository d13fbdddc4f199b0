// An event's locked meetings with both names and the slot's times: what a programme, availability
// or cap change is checked against before it is stored.
MATCH (m:Meeting {event: $event})
WHERE m.locked AND NOT coalesce(m.cancelled, false)
OPTIONAL MATCH (s:Slot {key: $event + '/' + m.slot})
OPTIONAL MATCH (a:Organization {id: m.a})
OPTIONAL MATCH (b:Organization {id: m.b})
RETURN m.id AS id, m.a AS a, m.b AS b, coalesce(a.name, m.a) AS a_name, coalesce(b.name, m.b) AS b_name,
       m.slot AS slot, m.table AS table, s.start AS start, s.end AS end
ORDER BY s.start, m.table
