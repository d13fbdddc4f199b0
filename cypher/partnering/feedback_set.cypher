// One side's feedback on a meeting (its own node, so both sides and the organiser keep theirs).
MATCH (m:Meeting {id: $meeting})
WHERE m.event = $event
MERGE (f:Feedback:Partnering {key: $meeting + '/' + $by})
SET f.event = $event, f.meeting = $meeting, f.by = $by, f.held = $held, f.rating = $rating,
    f.next_step = $next_step, f.outcome = $outcome, f.at = $now
RETURN f {.meeting, .by, .held, .rating, .next_step, .outcome, .at} AS f
