"""Partnering events (issue 4): programme, participants, requests, schedule and agendas in Neo4j."""
