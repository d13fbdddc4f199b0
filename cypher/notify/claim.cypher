// Claim due messages for sending. Writing n.claim first takes each node's write lock; the status
// is read again after it, so of two workers racing for one message only the first sees it
// pending (Neo4j's documented way to get this isolation). A message stuck in 'sending' past its
// lease (its worker died) is claimed again.
MATCH (n:Notification)
WHERE (n.status = 'pending' AND n.next_attempt_at <= $now)
   OR (n.status = 'sending' AND n.claimed_at <= $stale)
WITH n ORDER BY n.next_attempt_at, n.id LIMIT $limit
SET n.claim = $token
WITH n
WHERE n.claim = $token
  AND ((n.status = 'pending' AND n.next_attempt_at <= $now) OR (n.status = 'sending' AND n.claimed_at <= $stale))
SET n.status = 'sending', n.claimed_at = $now, n.attempts = coalesce(n.attempts, 0) + 1
RETURN n {.*} AS n
