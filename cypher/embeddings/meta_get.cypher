// The model the graph's vectors belong to, and the revision of the last embeddings write.
MATCH (m:_Meta {id: 'embeddings'})
RETURN m.model AS model, m.dimension AS dimension, coalesce(m.revision, 0) AS revision
