"""Notifications: e-mail and an in-app list of what happened to a participant's requests and
meetings, through an outbox in the graph.

Every message is first a ``:Notification`` node, written (where the cause is a graph write) in
the same transaction as the change that causes it, so a request can never exist without the
message that announces it. A delivery worker (``delivery.Deliverer``) then claims due messages
atomically, sends them through SMTP and marks them sent, or schedules a retry with exponential
backoff stored on the node: while the mail server is down nothing is lost, and nothing is sent
twice. The same nodes are the in-app list (``GET /v1/notifications``)."""
