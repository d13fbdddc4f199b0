// Substring search on names: one-character queries (which the CJK analyzer cannot match) and the
// query without its legal form, so an exact name is found even when the full-text hits are many.
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND (toLower(n.name) CONTAINS toLower($text) OR n.name_ja CONTAINS $text)
RETURN n.id AS id, n.name AS name, n.name_ja AS name_ja LIMIT $limit
