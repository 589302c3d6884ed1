#!/usr/bin/env bash
# Starts a local PostgreSQL for the read-model tests that run on PostgreSQL too (TEST_DATABASE_URL).
# Prints the URL on stdout; everything else goes to stderr.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "::ci:: installing Debian postgresql" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >&2
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'aidledger_ci'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE aidledger_ci LOGIN CREATEDB PASSWORD 'aidledger_ci'\"" >&2
echo "postgres://aidledger_ci:aidledger_ci@127.0.0.1:5432/postgres"
