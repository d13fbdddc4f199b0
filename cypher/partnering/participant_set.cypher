// Register (or update) an organisation for an event's partnering; it then also ATTENDS the event
// (a link no candidate row lists: matching/row).
MATCH (e:Event {id: $event})
MATCH (o:Organization {id: $org})
MERGE (p:Participant:Partnering {key: e.id + '/' + o.id})
SET p.event = e.id, p.org = o.id, p.people_json = $people_json, p.available = $available,
    p.max_meetings = $max_meetings, p.lang = $lang
MERGE (o)-[:ATTENDS {key: ''}]->(e)
RETURN p.key AS key
