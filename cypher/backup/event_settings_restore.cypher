UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e += row.props
