// Upsert nodes of one label. $label comes from the record model, never from user text.
// Properties listed in row.props replace the stored ones (null removes), others (embeddings,
// timestamps) are kept, so re-importing a record is idempotent.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.created_at = datetime()
SET n:$($label)
SET n += row.props
// the lower-cased name the substring search's text index reads (schema/009_name_search)
SET n.name_lower = toLower(n.name)
// the candidate-row revision of this write (schema/010_row_revision)
SET n.row_rev = $row_rev
