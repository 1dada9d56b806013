# Shared by benchmarks/run and benchmarks/oversight (sourced after PORT, RUNS, BASE, JAVA_OPTS and LOG
# are set): the jar, timing requests with curl, starting and stopping the packaged service on a
# database, SQL on that database, and fresh H2 and PostgreSQL databases.
JAR=target/missing-children-response.jar
H2_JAR=$(ls target/benchmark-tools/h2-*.jar 2>/dev/null || { mkdir -p target/benchmark-tools;
  unzip -o -q -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d target/benchmark-tools; ls target/benchmark-tools/h2-*.jar; })

# Milliseconds for one request, from curl's own timer.
request_ms() { curl -s -o /dev/null -w '%{time_total}\n' "$@" | awk '{printf "%.1f\n", $1 * 1000}'; }

# Median, 95th percentile and mean of the RUNS timings read from standard input.
summarise() {
  sort -n | awk -v n="$RUNS" '
    { v[NR] = $1; sum += $1 }
    END { p50 = v[int((n + 1) / 2)]; p95 = v[int(n * 0.95 + 0.5)];
          printf "%.1f | %.1f | %.1f", p50, p95, sum / n }'
}

# RUNS warm requests (after 5 warm-up requests), summarised.
measure() {
  local path="$1"
  for _ in 1 2 3 4 5; do request_ms "$BASE$path" >/dev/null; done
  for _ in $(seq 1 "$RUNS"); do request_ms "$BASE$path"; done | summarise
}

# Starts the jar on DB_URL (as DB_USER / DB_PASSWORD) and times it until /actuator/health is UP.
start_service() {
  local started; started=$(date +%s%N)
  local launch=(java $JAVA_OPTS -jar "$JAR")
  [ -z "${FAST_START:-}" ] || launch=(java $JAVA_OPTS -XX:SharedArchiveFile=target/fast-start/application.jsa -jar target/fast-start/missing-children-response.jar)
  "${launch[@]}" --server.port="$PORT" --spring.datasource.url="$DB_URL" \
    --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" >"$LOG" 2>&1 &
  APP=$!
  until curl -sf "$BASE/actuator/health" >/dev/null; do
    kill -0 $APP 2>/dev/null || { echo "The service did not start; see $LOG" >&2; exit 1; }
    sleep 0.1
  done
  startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  reported=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$LOG" | grep -o '[0-9.]* seconds' || echo "?")
}

stop_service() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
}

# One SQL statement on the database the service runs on; prints the rows.
run_sql() {
  if [ "$DB_KIND" = h2 ]; then
    java -cp "$H2_JAR" org.h2.tools.Shell -url "$DB_URL" -user sa -password "" -sql "$1"
  else
    PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -U "$DB_USER" -d "$PG_DATABASE" -At -c "$1"
  fi
}

# A fresh file database with the options of the embedded default (application.yaml).
fresh_h2() { DB_URL="jdbc:h2:file:$PWD/target/benchmark-db/$(date +%s%N);MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0"; }

# A fresh PostgreSQL database on Debian's server (installed and started if need be), owned by the
# benchmark role; sets DB_KIND, DB_URL, DB_USER, DB_PASSWORD, PG_DATABASE and pg_version.
fresh_postgres() {
  command -v pg_ctlcluster >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
  PGVER=$(ls /etc/postgresql | sort -V | tail -1)
  # grep reads to the end (no -q): stopping early could kill pg_lsclusters with SIGPIPE, which
  # pipefail would take for a stopped cluster.
  pg_lsclusters -h | grep "^$PGVER main .* online" >/dev/null || pg_ctlcluster "$PGVER" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  PG_DATABASE="benchmark_$(date +%s)" DB_KIND=postgres DB_USER=benchmark DB_PASSWORD=benchmark
  runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q <<SQL
SELECT 'CREATE ROLE benchmark LOGIN PASSWORD ''benchmark''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'benchmark')\gexec
CREATE DATABASE $PG_DATABASE OWNER benchmark;
SQL
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DATABASE"
  pg_version=$(runuser -u postgres -- psql -At -c 'SHOW server_version')
}

drop_postgres() { runuser -u postgres -- psql -q -c "DROP DATABASE $PG_DATABASE" || true; }
