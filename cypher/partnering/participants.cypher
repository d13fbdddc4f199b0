// An event's partnering participants (or one, with $org), with their organisation's names.
MATCH (p:Participant {event: $event})
WHERE $org IS NULL OR p.org = $org
MATCH (o:Organization {id: p.org})
RETURN p.org AS org, o.name AS name, o.name_ja AS name_ja, o.kind AS kind, p.people_json AS people_json,
       p.available AS available, p.max_meetings AS max_meetings, coalesce(p.lang, 'en') AS lang
ORDER BY org
