// Upsert links. A link is identified by its endpoints, type and key (see LINK_SPECS);
// row.props is null for the shorthand links made from a node's fields, so those never erase
// what an explicit link record said.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += coalesce(row.props, {})
// both ends' candidate rows list their links (schema/010_row_revision)
SET a.row_rev = $row_rev, b.row_rev = $row_rev
