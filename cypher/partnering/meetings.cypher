// An event's scheduled meetings (or a participant's), with slot times and both parties, in
// agenda order, with the message of the request that asked for it. Cancelled meetings (dropped by a later run) only with $cancelled, for calendars.
MATCH (m:Meeting {event: $event})
WHERE ($org IS NULL OR $org IN [m.a, m.b]) AND ($id IS NULL OR m.id = $id)
  AND (coalesce($cancelled, false) OR NOT coalesce(m.cancelled, false))
MATCH (s:Slot {key: $event + '/' + m.slot})
MATCH (a:Organization {id: m.a})
MATCH (b:Organization {id: m.b})
OPTIONAL MATCH (pa:Participant {key: $event + '/' + m.a})
OPTIONAL MATCH (pb:Participant {key: $event + '/' + m.b})
OPTIONAL MATCH (r:MeetingRequest {id: m.request})
RETURN m {.id, .slot, .table, .locked, .request, .held, .outcome, .cancelled, .sequence,
          message: coalesce(r.message, m.message)} AS m,
       s.start AS start, s.end AS end,
       a {.id, .name, .name_ja} AS a, pa.people_json AS a_people,
       b {.id, .name, .name_ja} AS b, pb.people_json AS b_people
ORDER BY start, m.table, m.id
