UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
SET o.self_assessment = row.self_assessment
