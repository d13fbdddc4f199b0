"""Sentence encoders behind one interface, and the profile vectors matchmaker stores in Neo4j."""
