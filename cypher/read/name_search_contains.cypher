// read/name_search and read/name_contains in one round trip, for a name search whose text has no
// legal form to strip: full-text hits ($query, escaped Lucene text) first, then substring hits
// ($text, English names lower-cased, Japanese as they are: text-index seeks), each at most
// $limit; matchmaker/model/names.py ranks them.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
WHERE $label IN labels(node)
RETURN node.id AS id, node.name AS name, node.name_ja AS name_ja
UNION ALL
MATCH (n:Entity)
WHERE n.name_lower CONTAINS toLower($text) AND $label IN labels(n)
RETURN n.id AS id, n.name AS name, n.name_ja AS name_ja LIMIT $limit
UNION ALL
MATCH (n:Entity)
WHERE n.name_ja CONTAINS $text AND $label IN labels(n)
RETURN n.id AS id, n.name AS name, n.name_ja AS name_ja LIMIT $limit
