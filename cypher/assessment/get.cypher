// An organisation and its stored self-assessment (a JSON string, see matchmaker/metrics/assessment.py).
MATCH (o:Organization {id: $id})
RETURN o.id AS id, o.name AS name, o.name_ja AS name_ja, o.kind AS kind, o.self_assessment AS self_assessment
