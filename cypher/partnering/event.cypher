// An event with its partnering programme: settings on the event node, slots in time order.
MATCH (e:Event {id: $event})
RETURN e {.id, .name, .name_ja, .timezone, .venue, .tables, .request_deadline, .max_requests,
          .default_max_meetings} AS event,
       COLLECT { MATCH (s:Slot {event: e.id}) RETURN s {.id, .start, .end} AS s ORDER BY s.start, s.id } AS slots
