// The model the graph's vectors belong to, the revision of the last embeddings write, the graph
// version (schema/006_graph_version.cypher) the matcher's candidate memo is valid for, and the
// row revision and epoch its row store follows (schema/010_row_revision.cypher).
MATCH (m:_Meta {id: 'embeddings'})
OPTIONAL MATCH (g:_Meta {id: 'graph'})
OPTIONAL MATCH (r:_Meta {id: 'rows'})
RETURN m.model AS model, m.dimension AS dimension, coalesce(m.revision, 0) AS revision,
       coalesce(g.version, 0) AS version, coalesce(r.revision, 0) AS rows, coalesce(r.epoch, 0) AS epoch
