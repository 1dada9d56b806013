# Under load, for benchmarks/run (sourced once per database after the set-up of stage-one.sh,
# stage-two.sh and action-plan.sh; uses BASE, PORT, APP, JAR_COOKIES, PARTNERSHIP, SUBMITTED,
# IN_PROGRESS, OPEN_REVIEW, and run_sql from benchmarks/run).
#
# Each page is driven by wrk (2 threads, 100 connections) after the service has been warmed up, and
# the very same HTML, saved from the service, is served by nginx on this machine for comparison.

LOAD_SECONDS="${BENCHMARK_LOAD_SECONDS:-15}"
WARMUP_SECONDS="${BENCHMARK_WARMUP_SECONDS:-300}"
SAVERS="${BENCHMARK_SAVERS:-50}"
NGINX_PORT="${BENCHMARK_NGINX_PORT:-8098}"
NGINX_DIR="$PWD/target/benchmark-nginx"

# The signed-in cookies, as a browser sends them (a one-page "flash" message is gone after its page).
cookie_header() {
  awk '$6 == "flash" {next} !/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "} /^#HttpOnly_/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$JAR_COOKIES"
}

# "requests/s | p50 ms | p99 ms | errors" from wrk's output.
wrk_row() {
  awk '
    /Requests\/sec/ {rps = $2}
    /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    /Non-2xx/ {bad += $NF} /Socket errors/ {for (i = 4; i <= NF; i += 2) bad += $i}
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END {printf "%.0f | %.1f | %.1f | %d", rps, ms(p50), ms(p99), bad + 0}'
}

drive() {
  local url="$1"; shift
  wrk -t2 -c100 -d"${LOAD_SECONDS}s" --latency "$@" "$url" 2>&1
}

start_nginx() {
  mkdir -p "$NGINX_DIR/html" "$NGINX_DIR/tmp"
  cat >"$NGINX_DIR/nginx.conf" <<CONF
daemon on;
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $NGINX_DIR/tmp;
  proxy_temp_path $NGINX_DIR/tmp;
  fastcgi_temp_path $NGINX_DIR/tmp;
  uwsgi_temp_path $NGINX_DIR/tmp;
  scgi_temp_path $NGINX_DIR/tmp;
  default_type text/html;
  sendfile on;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$NGINX_PORT; root $NGINX_DIR/html; }
}
CONF
  nginx -c "$NGINX_DIR/nginx.conf"
}

stop_nginx() {
  [ -f "$NGINX_DIR/nginx.pid" ] && kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
}

# Warms the service up (the JIT compiler needs minutes on 2 cores) with every page and saves in turn.
warm_up() {
  local cookie="$1" until=$(( $(date +%s) + WARMUP_SECONDS ))
  while [ "$(date +%s)" -lt "$until" ]; do
    for path in / "$IN_PROGRESS/questions/Q05" "$OPEN_REVIEW/sections/required" "$SUBMITTED/report" "$PARTNERSHIP/actions"; do
      wrk -t2 -c50 -d5s -H "Cookie: $cookie" "$BASE$path" >/dev/null 2>&1
    done
    drive_saves "$cookie" 5 >/dev/null
  done
}

# One table row: the page under load on the service and, for the same bytes, on nginx.
load_row() {
  local label="$1" path="$2" cookie="$3" file service nginx_rps
  file="page-$(echo "$path" | md5sum | cut -c1-12).html"
  if [ -n "$cookie" ]; then
    curl -s -H "Cookie: $cookie" "$BASE$path" >"$NGINX_DIR/html/$file"
    service=$(drive "$BASE$path" -H "Cookie: $cookie" | wrk_row)
  else
    curl -s "$BASE$path" >"$NGINX_DIR/html/$file"
    service=$(drive "$BASE$path" | wrk_row)
  fi
  nginx_rps=$(drive "http://127.0.0.1:$NGINX_PORT/$file" | wrk_row | cut -d'|' -f1 | tr -d ' ')
  local rps=${service%% *}
  echo "| $label | $service | $nginx_rps | $(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN {printf "%.1f%%", 100 * a / b}') |"
}

# SAVERS laptops saving at once for SECONDS, each its own question of a fresh benchmark (so each
# starts, like a page, from the revision it was drawn with: none); prints wrk's output.
drive_saves() {
  local cookie="$1" seconds="$2" token paths=()
  local benchmarks=("$(start_benchmark "$PARTNERSHIP")" "$(start_benchmark "$PARTNERSHIP")")
  token=$(csrf_from "$IN_PROGRESS/questions/Q01")
  for i in $(seq 1 "$SAVERS"); do
    local b=${benchmarks[$(( (i - 1) / 26 ))]}
    paths+=("$b/questions/$(printf 'Q%02d' $(( (i - 1) % 26 + 1 )))")
  done
  wrk -t"$SAVERS" -c"$SAVERS" -d"${seconds}s" --latency -s benchmarks/saves.lua "$BASE" -- "$token" "$cookie" "${paths[@]}" 2>&1
}

# Background saves from SAVERS laptops at once, then a check that every acknowledged one is stored.
saves_row() {
  local cookie="$1" out missing=0 conflicts=0
  out=$(drive_saves "$cookie" "$LOAD_SECONDS")
  SAVES_ROW=$(echo "$out" | wrk_row)
  while read -r _ path last laptop_conflicts; do
    conflicts=$(( conflicts + laptop_conflicts ))
    [ "$last" = 0 ] && continue
    local benchmark=${path%/questions/*} question=${path##*/}
    local stored; stored=$(run_sql "SELECT notes FROM benchmark_answer WHERE benchmark_id = '${benchmark##*/}' AND question_id = '$question'")
    local seq; seq=$(echo "$stored" | grep -o 'save [0-9]*' | grep -o '[0-9]*' | head -1)
    [ "${seq:-0}" -ge "$last" ] || missing=$(( missing + 1 ))
  done < <(echo "$out" | grep '^acknowledged ')
  SAVES_MISSING=$missing
  SAVES_CONFLICTS=$conflicts
}

# Fills LOAD_TABLE and the SAVES_* figures for the database the service is running on now.
load_section() {
  local cookie; cookie=$(cookie_header)
  start_nginx
  warm_up "$cookie"
  LOAD_TABLE=""
  LOAD_TABLE+="$(load_row "The floor: \`/actuator/health\`, signed in (no page drawn; only the session is read)" /actuator/health "$cookie")"$'\n'
  LOAD_TABLE+="$(load_row "A small signed-in page, \`/account\`" /account "$cookie")"$'\n'
  LOAD_TABLE+="$(load_row "Start page \`/\` (not signed in)" / "")"$'\n'
  LOAD_TABLE+="$(load_row "Question page \`…/questions/Q05\`" "$IN_PROGRESS/questions/Q05" "$cookie")"$'\n'
  LOAD_TABLE+="$(load_row "Checklist section page \`…/sections/required\`" "$OPEN_REVIEW/sections/required" "$cookie")"$'\n'
  LOAD_TABLE+="$(load_row "Stage one report \`…/report\`" "$SUBMITTED/report" "$cookie")"$'\n'
  LOAD_TABLE+="$(load_row "Action plan, $PLAN_ACTIONS actions \`…/actions\`" "$PARTNERSHIP/actions" "$cookie")"$'\n'
  stop_nginx
  saves_row "$cookie"
  LOAD_RSS_MB=$(( $(ps -o rss= -p "$APP") / 1024 ))
  PLAN_PDF_MS=$(plan_pdf_ms)
}
