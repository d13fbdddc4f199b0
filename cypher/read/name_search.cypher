// Full-text search on Japanese and English names; $query is escaped Lucene text. The names come
// back so that matchmaker/model/names.py can rank exact and prefix matches first.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
WHERE $label IN labels(node)
RETURN node.id AS id, node.name AS name, node.name_ja AS name_ja, score
