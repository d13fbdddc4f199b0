// Fallback for one-character queries, which the CJK analyzer cannot match.
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND (toLower(n.name) CONTAINS toLower($text) OR n.name_ja CONTAINS $text)
RETURN n.id AS id LIMIT $limit
