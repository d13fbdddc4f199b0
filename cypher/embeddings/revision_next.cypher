// Count one more embeddings write: the matcher's in-process vector cache compares this revision
// with its own to load only what changed (nodes carry the revision that wrote them, vec_rev).
MATCH (m:_Meta {id: 'embeddings'})
SET m.revision = coalesce(m.revision, 0) + 1
RETURN m.revision AS revision
