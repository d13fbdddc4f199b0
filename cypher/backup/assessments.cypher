// Members' self-assessments (issue 25), stored on organisations beside the record fields, which
// the exchange format does not carry.
MATCH (o:Organization)
WHERE o.self_assessment IS NOT NULL
RETURN o.id AS id, o.self_assessment AS self_assessment
ORDER BY id
