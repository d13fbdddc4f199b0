// A cheap graph version for the metrics cache: node and relationship counts (from the count
// store) and the newest node's creation time. Edits that keep every count (a changed kind or
// link date) are not seen; the cache also expires after a few minutes for that reason.
MATCH (n:Entity)
WITH count(n) AS nodes, max(n.created_at) AS last_created
RETURN nodes, COUNT { MATCH ()-[]->() } AS links, toString(last_created) AS last_created
