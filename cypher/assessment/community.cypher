// A community and every member with its stored self-assessment, for the maturity table.
MATCH (c:Community {id: $community})
RETURN c.id AS id, c.name AS name, c.name_ja AS name_ja, c.kind AS kind,
       COLLECT {
         MATCH (o:Organization)-[:MEMBER_OF]->(c)
         RETURN {id: o.id, name: o.name, name_ja: o.name_ja, kind: o.kind, self_assessment: o.self_assessment}
         ORDER BY o.id
       } AS members
