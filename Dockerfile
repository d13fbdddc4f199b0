# The API image for docker-compose; Neo4j runs in the official image beside it.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY matchmaker ./matchmaker
COPY cypher ./cypher
COPY seed ./seed
RUN pip install --no-cache-dir -e .
EXPOSE 8000
CMD ["sh", "-c", "matchmaker seed public && matchmaker seed synthetic --orgs ${DEMO_ORGS:-2000} && matchmaker seed partnering && matchmaker serve --host 0.0.0.0 --port 8000"]
