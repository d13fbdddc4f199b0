// The in-app list, newest first: one organisation's, or those of some events (an organiser's).
MATCH (n:Notification)
WHERE ($recipient IS NULL OR n.recipient = $recipient)
  AND ($events IS NULL OR n.event IN $events)
  AND ($event IS NULL OR n.event = $event)
  AND (NOT $unread OR n.read_at IS NULL)
  AND n.due_at <= $now
RETURN n {.*, attachment: null} AS n
ORDER BY n.created_at DESC, n.id
LIMIT $limit
