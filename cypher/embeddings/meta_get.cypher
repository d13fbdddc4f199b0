// The model the graph's vectors belong to, the revision of the last embeddings write, and the
// graph version (schema/006_graph_version.cypher) the matcher's candidate memo is valid for.
MATCH (m:_Meta {id: 'embeddings'})
OPTIONAL MATCH (g:_Meta {id: 'graph'})
RETURN m.model AS model, m.dimension AS dimension, coalesce(m.revision, 0) AS revision,
       coalesce(g.version, 0) AS version
