// Mark a notification read (the first time only: read_at keeps when it was first read).
MATCH (n:Notification {id: $id})
SET n.read_at = coalesce(n.read_at, $now)
RETURN n {.*, attachment: null} AS n
