MERGE (m:_Meta {id: 'embeddings'}) SET m.model = $model, m.dimension = $dimension, m.updated_at = datetime()
