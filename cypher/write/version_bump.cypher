// One more change to the ecosystem (see schema/006_graph_version.cypher); run in the same
// transaction as the change where the caller can.
MATCH (m:_Meta {id: 'graph'})
SET m.version = m.version + 1
RETURN m.version AS version
