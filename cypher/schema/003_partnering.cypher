// Partnering-event records (slots, participants, meeting requests, meetings) carry :Partnering
// and the event id, so an event's whole programme is one index lookup away; each kind has a key.
CREATE CONSTRAINT slot_key IF NOT EXISTS FOR (n:Slot) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT participant_key IF NOT EXISTS FOR (n:Participant) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT request_id IF NOT EXISTS FOR (n:MeetingRequest) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE INDEX partnering_event IF NOT EXISTS FOR (n:Partnering) ON (n.event);
CREATE INDEX participant_org IF NOT EXISTS FOR (n:Participant) ON (n.org);
CREATE INDEX request_pair IF NOT EXISTS FOR (n:MeetingRequest) ON (n.pair);
