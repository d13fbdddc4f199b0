// The communities an organisation belongs to (a secretariat sees its own community's members).
MATCH (:Organization {id: $id})-[:MEMBER_OF]->(c:Community)
RETURN collect(c.id) AS communities
