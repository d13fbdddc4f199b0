// Whether a page's node exists (public: any visitor may learn that an id is taken).
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
RETURN count(n) > 0 AS found
