"""Everything that talks to Neo4j: the embedded server, the driver, named Cypher and the schema."""
