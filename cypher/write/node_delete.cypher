// Delete a node and its links; an organisation's seeds go with it (a seed needs an owner), and
// so do its partnering records (an event's whole programme when the node is the event).
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
OPTIONAL MATCH (n)-[:OWNS]->(s:Seed)
WITH n, collect(s) AS seeds
FOREACH (s IN seeds | DETACH DELETE s)
WITH n
CALL (n) {
  OPTIONAL MATCH (x:Partnering {event: n.id})
  WITH collect(x) AS own
  OPTIONAL MATCH (p:Participant {org: n.id})
  OPTIONAL MATCH (y:Partnering {event: p.event})
  WHERE n.id IN [y.org, y.sender, y.to, y.a, y.b]
  WITH own, collect(y) AS theirs
  FOREACH (x IN own + theirs | DETACH DELETE x)
}
// candidate rows (schema/010_row_revision): its neighbours' list their links to it, and its own
// is gone
CALL (n) {
  OPTIONAL MATCH (n)--(x:Organization)
  SET x.row_rev = $row_rev
}
FOREACH (_ IN CASE WHEN n:Organization THEN [1] ELSE [] END |
  MERGE (g:_Gone {id: n.id}) SET g.row_rev = $row_rev)
DETACH DELETE n
RETURN count(*) AS deleted
