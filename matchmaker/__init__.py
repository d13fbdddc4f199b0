"""matchmaker: partner matching for a bio-industry ecosystem, on Neo4j."""

from pathlib import Path

__version__ = "0.1.0"

#: The checkout (or installed tree) the package runs from: its ``cypher/`` and ``seed/`` live here.
REPO_ROOT = Path(__file__).resolve().parent.parent
