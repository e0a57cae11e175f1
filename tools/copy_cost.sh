#!/bin/bash
# What each part of an enterprise COPY costs the PostgreSQL backend (README, Benchmarks → Bulk loading, second pass).
# Copies N synthetic enterprises of a loaded library (e.g. a finished EnterpriseLoadBenchmarkTest's data directory,
# started by hand on PORT) back into fresh tables shaped like `enterprise`, one transaction each, and prints the
# backend's CPU seconds per variant: text vs. binary COPY, with and without the industry foreign key and the three
# non-unique indexes (region, industry, bracket-folded name), and the time to build those three afterwards.
# Usage: tools/copy_cost.sh PORT [N=500000] [DB=tenstrong] — as a superuser (postgres), on the same machine.
set -euo pipefail
PORT=$1; N=${2:-500000}; DB=${3:-tenstrong}
DIR=$(mktemp -d); trap 'rm -rf "$DIR"' EXIT
COLS="uscc, name, region_code, region_name, local, industry_code, registered_capital, founded_on, business_scope,
main_products, tags, revenue, employees, source, synthetic, needs_review, review_note, stock_code, exchange, board,
listed_on, sw_industry_code, sw_industry_name, revenue_year, provenance"
COLS=$(echo $COLS)
psql() { command psql -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -X -q -At "$@"; }
cpu() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$1/stat"; }

psql -c "\\copy (select $COLS from enterprise where synthetic order by id limit $N) to '$DIR/e.txt'"
psql -c "\\copy (select $COLS from enterprise where synthetic order by id limit $N) to '$DIR/e.bin' with (format binary)"
variant() { # name, table setup, copy source, format
    local name=$1 setup=$2 file=$3 format=$4
    cat > "$DIR/v.sql" <<SQL
\\set ON_ERROR_STOP 1
set client_min_messages to warning;
drop table if exists copy_cost;
create table copy_cost (like enterprise including all);
$setup
select pg_backend_pid() \\g $DIR/pid
\\! cat /proc/\$(tr -dc 0-9 < $DIR/pid)/stat > $DIR/before
begin;
\\copy copy_cost ($COLS) from '$file' with (format $format)
commit;
\\! cat /proc/\$(tr -dc 0-9 < $DIR/pid)/stat > $DIR/after
SQL
    psql -f "$DIR/v.sql" > /dev/null
    awk -v name="$name" 'NR == FNR { b = $14 + $15; next } { printf "%-60s %6.1f s backend CPU\n", name, ($14 + $15 - b) / 100 }' \
        "$DIR/before" "$DIR/after"
}
NOFK=""
FK="alter table copy_cost add foreign key (industry_code) references enterprise_industry_class (code);"
NOIDX="do \$\$ declare i record; begin for i in select c.relname from pg_index x join pg_class c on c.oid = x.indexrelid
  where x.indrelid = 'copy_cost'::regclass and not x.indisunique loop execute 'drop index ' || i.relname; end loop; end \$\$;"
variant "text, all indexes + industry foreign key" "$FK" "$DIR/e.txt" text
variant "binary, all indexes + industry foreign key" "$FK" "$DIR/e.bin" binary
variant "text, no foreign key" "$NOFK" "$DIR/e.txt" text
variant "text, without the three non-unique indexes" "$FK $NOIDX" "$DIR/e.txt" text
variant "binary, no foreign key, without the three indexes" "$NOIDX" "$DIR/e.bin" binary
psql -c '\timing on' -c "create index on copy_cost (region_code)" -c "create index on copy_cost (industry_code)" \
    -c "create index on copy_cost (translate(name, '（）', '()'))" -c "drop table copy_cost" | grep -i time
