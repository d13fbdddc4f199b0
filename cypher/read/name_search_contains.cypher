// read/name_search and read/name_contains in one round trip, for a name search whose text has no
// legal form to strip: full-text hits ($query, escaped Lucene text) first, then substring hits
// ($text), each at most $limit; matchmaker/model/names.py ranks them.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
WHERE $label IN labels(node)
RETURN node.id AS id, node.name AS name, node.name_ja AS name_ja
UNION ALL
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND (toLower(n.name) CONTAINS toLower($text) OR n.name_ja CONTAINS $text)
RETURN n.id AS id, n.name AS name, n.name_ja AS name_ja LIMIT $limit
