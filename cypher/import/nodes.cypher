// Upsert nodes of one label. $label comes from the record model, never from user text.
// Properties listed in row.props replace the stored ones (null removes), others (embeddings,
// timestamps) are kept, so re-importing a record is idempotent.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.created_at = datetime()
SET n:$($label)
SET n += row.props
