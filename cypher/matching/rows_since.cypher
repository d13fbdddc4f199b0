// Embedded organisations whose candidate rows changed after the row store's revision (an index
// seek on row_rev, schema/010_row_revision): followed by matching/row, with null similarities.
MATCH (c:Organization)
WHERE c.row_rev > $since AND c.embed_hash IS NOT NULL
WITH c, null AS fwd, null AS rev
LIMIT $limit
