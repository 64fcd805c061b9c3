#!/usr/bin/env bash
# Recreates tests/fixtures/db/v<N>.db from tests/fixtures/db/seed-v<N>.sql:
# a database as tenderdesk left it at each schema version, with rows in
# every table. When a migration is added, write seed-v<N>.sql for the new
# version and run this once; commit the new v<N>.db. Old fixtures must not
# change (their checksums are what the migration tests compare against).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --example reliability -- make-fixtures
