// Store an organisation's self-assessment (replacing the previous one). It is not a record field:
// imports, which replace record fields, leave it alone.
MATCH (o:Organization {id: $id})
SET o.self_assessment = $value
RETURN o.id AS id
