MATCH (m:_Meta {id: 'embeddings'}) RETURN m.model AS model, m.dimension AS dimension
