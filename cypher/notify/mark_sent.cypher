MATCH (n:Notification {id: $id})
SET n.status = 'sent', n.sent_at = $now, n.last_error = null, n.next_attempt_at = null
RETURN n.id AS id
