"""matchmaker: partner matching for a bio-industry ecosystem, on Neo4j."""

__version__ = "0.1.0"
