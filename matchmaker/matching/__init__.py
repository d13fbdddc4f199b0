"""Partner matching: retrieve candidates from Neo4j, score them with named signals, explain each."""
