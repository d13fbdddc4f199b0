# The API image for docker-compose; Neo4j runs in the official image beside it.
# The browser UI's front-end libraries come from the npm registry at build time (as scripts/build-web).
FROM node:20-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY matchmaker ./matchmaker
COPY cypher ./cypher
COPY seed ./seed
COPY --from=web /web/node_modules/cytoscape/dist/cytoscape.min.js /web/node_modules/chart.js/dist/chart.umd.min.js \
     ./matchmaker/web/static/vendor/
RUN pip install --no-cache-dir -e .
EXPOSE 8000
# The demo: public data, a synthetic ecosystem and partnering event, an admin key printed on the
# first start (`docker compose logs api` shows it), then the API.
CMD ["sh", "-c", "matchmaker demo --orgs ${DEMO_ORGS:-2000} --host 0.0.0.0 --port 8000"]
