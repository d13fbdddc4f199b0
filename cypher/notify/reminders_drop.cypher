// Before a schedule run writes new reminders: the event's reminders not sent yet are replaced.
MATCH (n:Notification {event: $event, kind: 'reminder'})
WHERE n.status IN ['pending', 'no_address']
DETACH DELETE n
