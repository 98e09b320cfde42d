#!/usr/bin/env bash
# Installs (if absent) and starts PostgreSQL on 127.0.0.1:5432, creates the role and database
# `clientele` (password `clientele`) and loads examples/telco_churn.csv into table `telco`.
# Used by .ci/run; run it by hand (as root) to enable the PostgreSQL integration tests locally.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DEBIAN_FRONTEND=noninteractive

as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres.sh: installing PostgreSQL from Debian packages" >&2
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start
fi
for i in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

as_postgres "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'clientele') THEN
    CREATE ROLE clientele LOGIN PASSWORD 'clientele';
  END IF;
END $$;
SELECT 'CREATE DATABASE clientele OWNER clientele'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'clientele')\gexec
SQL

export PGPASSWORD=clientele
# one transaction: a test reading the table meanwhile sees the old rows or the new ones, never none
psql -q -h 127.0.0.1 -U clientele -d clientele -v ON_ERROR_STOP=1 <<SQL
BEGIN;
DROP TABLE IF EXISTS telco;
CREATE TABLE telco (
  churn text, female integer, senior_citizen integer, partner integer, dependents integer,
  tenure integer, phone_service integer, multiple_lines text, internet_service text,
  online_security text, online_backup text, device_protection text, tech_support text,
  streaming_tv text, streaming_movies text, contract text, paperless_billing integer,
  payment_method text, monthly_charges double precision, total_charges double precision);
\copy telco FROM '$root/examples/telco_churn.csv' WITH (FORMAT csv, HEADER true, NULL '')
COMMIT;
SQL
echo "postgres.sh: PostgreSQL $version ready on 127.0.0.1:5432, table telco has $(psql -tA -h 127.0.0.1 -U clientele -d clientele -c 'select count(*) from telco') rows" >&2
