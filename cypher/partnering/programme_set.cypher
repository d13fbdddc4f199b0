// Set an event's partnering programme: settings, slots (upserted; removed ones deleted) and the
// unlocked meetings that sat in a removed slot or table (the next schedule run places them again).
MATCH (e:Event {id: $event})
SET e.tables = $tables, e.request_deadline = $request_deadline, e.max_requests = $max_requests,
    e.default_max_meetings = $default_max_meetings
WITH e
CALL (e) {
  MATCH (s:Slot {event: e.id})
  WHERE NOT s.id IN [x IN $slots | x.id]
  DETACH DELETE s
}
CALL (e) {
  MATCH (m:Meeting {event: e.id})
  WHERE NOT m.slot IN [x IN $slots | x.id] OR NOT m.table IN $tables
  DETACH DELETE m
}
UNWIND $slots AS x
MERGE (s:Slot:Partnering {key: e.id + '/' + x.id})
SET s.event = e.id, s.id = x.id, s.start = x.start, s.end = x.end
RETURN count(s) AS slots
