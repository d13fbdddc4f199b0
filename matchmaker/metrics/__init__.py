"""Community-health network metrics: a filtered projection of the organisation network into
networkx, per-organisation and per-network metrics, a health scorecard with trends, suggested
introductions and certification readiness. ``service`` is the entry point for the API and CLI."""
