CREATE (r:MeetingRequest:Partnering)
SET r = $props
RETURN r {.*} AS r
