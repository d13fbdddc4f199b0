// Organisations whose candidate rows went after the row store's revision: deleted ones (their
// _Gone markers) and those whose vectors were removed. An id deleted and imported again since is
// in both this and matching/rows_since; the store applies this first.
MATCH (g:_Gone)
WHERE g.row_rev > $since
RETURN g.id AS id
UNION
MATCH (c:Organization)
WHERE c.row_rev > $since AND c.embed_hash IS NULL
RETURN c.id AS id
