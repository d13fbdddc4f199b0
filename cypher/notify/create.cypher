// Write drafted notifications to the outbox (in the transaction of the change that causes them).
UNWIND $rows AS row
CREATE (n:Notification)
SET n = row
RETURN count(n) AS created
