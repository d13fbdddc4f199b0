MATCH (n:Notification {id: $id})
RETURN n {.*, attachment: null} AS n
