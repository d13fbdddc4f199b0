// Withdraw an organisation from an event's partnering: its registration, requests and meetings.
MATCH (p:Participant {key: $event + '/' + $org})
OPTIONAL MATCH (x:Partnering {event: $event})
WHERE (x:MeetingRequest OR x:Meeting) AND $org IN [x.sender, x.to, x.a, x.b]
WITH p, collect(x) AS xs
FOREACH (x IN xs | DETACH DELETE x)
DETACH DELETE p
RETURN count(*) AS deleted
