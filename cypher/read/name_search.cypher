// Full-text search on Japanese and English names; $query is escaped Lucene text.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
WHERE $label IN labels(node)
RETURN node.id AS id, score
