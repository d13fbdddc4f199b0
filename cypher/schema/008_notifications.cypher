// The notification outbox (issue 17): one node per message, claimed by status and due time, and
// listed by recipient or event. Meeting feedback: one node per meeting and side.
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE INDEX notification_due IF NOT EXISTS FOR (n:Notification) ON (n.status, n.next_attempt_at);
CREATE INDEX notification_recipient IF NOT EXISTS FOR (n:Notification) ON (n.recipient);
CREATE INDEX notification_event IF NOT EXISTS FOR (n:Notification) ON (n.event);
CREATE CONSTRAINT feedback_key IF NOT EXISTS FOR (n:Feedback) REQUIRE n.key IS UNIQUE;
