MERGE (m:_Meta {id: 'embeddings'})
SET m.model = $model, m.dimension = $dimension, m.updated_at = datetime(),
    m.revision = coalesce(m.revision, 0) + 1
