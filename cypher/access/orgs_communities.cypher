// For each id that is an organisation in the graph, the communities it belongs to (a
// secretariat's import may touch only its own community's members).
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o.id AS id, COLLECT { MATCH (o)-[:MEMBER_OF]->(c:Community) RETURN c.id } AS communities
