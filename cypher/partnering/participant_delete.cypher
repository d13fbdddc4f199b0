// Withdraw an organisation from an event's partnering: its registration, requests and meetings,
// and the feedback given on those meetings.
MATCH (p:Participant {key: $event + '/' + $org})
OPTIONAL MATCH (x:Partnering {event: $event})
WHERE (x:MeetingRequest OR x:Meeting) AND $org IN [x.sender, x.to, x.a, x.b]
WITH p, collect(x) AS xs
WITH p, xs, [x IN xs WHERE x:Meeting | x.id] AS meetings
OPTIONAL MATCH (f:Feedback {event: $event})
WHERE f.meeting IN meetings
WITH p, xs, collect(f) AS fs
FOREACH (x IN xs + fs | DETACH DELETE x)
DETACH DELETE p
RETURN count(*) AS deleted
