// Substring search on names: one-character queries (which the CJK analyzer cannot match) and the
// query without its legal form, so an exact name is found even when the full-text hits are many.
// Each side is a text-index seek (schema/009_name_search), not a scan of every node.
MATCH (n:Entity)
WHERE n.name_lower CONTAINS toLower($text) AND $label IN labels(n)
RETURN n.id AS id, n.name AS name, n.name_ja AS name_ja LIMIT $limit
UNION
MATCH (n:Entity)
WHERE n.name_ja CONTAINS $text AND $label IN labels(n)
RETURN n.id AS id, n.name AS name, n.name_ja AS name_ja LIMIT $limit
