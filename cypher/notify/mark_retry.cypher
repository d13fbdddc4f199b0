// A failed attempt: pending again at $next_at (exponential backoff), or failed when it is null.
MATCH (n:Notification {id: $id})
SET n.status = CASE WHEN $next_at IS NULL THEN 'failed' ELSE 'pending' END,
    n.next_attempt_at = $next_at, n.last_error = $error
RETURN n.id AS id
