"""The HTTP API (FastAPI): thin routes over the graph store and the exchange code."""
