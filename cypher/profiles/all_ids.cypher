MATCH (o:Organization)
RETURN o.id AS id
ORDER BY id
