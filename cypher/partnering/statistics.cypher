// An event's figures after the event: requests by status, meetings and their feedback.
MATCH (e:Event {id: $event})
RETURN COUNT { MATCH (p:Participant {event: $event}) } AS participants,
       COLLECT { MATCH (r:MeetingRequest {event: $event}) RETURN r.status AS s } AS statuses,
       COUNT { MATCH (m:Meeting {event: $event}) WHERE NOT coalesce(m.cancelled, false) } AS scheduled,
       COUNT { MATCH (m:Meeting {event: $event}) WHERE NOT coalesce(m.cancelled, false) AND m.held = true } AS held,
       COUNT { MATCH (m:Meeting {event: $event}) WHERE NOT coalesce(m.cancelled, false) AND m.held = false } AS not_held,
       COLLECT { MATCH (f:Feedback {event: $event}) RETURN f {.rating, .next_step} AS f } AS feedback
