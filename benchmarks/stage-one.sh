# Stage-one set-up and measurements for benchmarks/run (sourced; uses BASE, RUNS, request_ms,
# summarise and run_sql from there).

JAR_COOKIES=target/benchmark-cookies.txt
BENCHMARK_EMAIL="benchmark.facilitator@example.org"
BENCHMARK_PASSWORD="quiet orchard lantern"

csrf_from() { curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# Posts a form with a fresh CSRF token from the page; prints the Location header.
post_form() {
  local page="$1" action="$2"; shift 2
  local token; token=$(csrf_from "$page")
  curl -s -o /dev/null -D - -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$token" "$@" "$BASE$action" \
    | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}'
}

# Creates the benchmark's account and signs in, keeping the session in JAR_COOKIES.
sign_up_and_in() {
  rm -f "$JAR_COOKIES"
  post_form /register /register --data-urlencode "displayName=Benchmark Facilitator" \
    --data-urlencode "email=$BENCHMARK_EMAIL" --data-urlencode "password=$BENCHMARK_PASSWORD" >/dev/null
  # There is no mail server: confirm the address in the database, as the administrator could.
  run_sql "UPDATE account SET email_verified_at = CURRENT_TIMESTAMP" >/dev/null
  post_form /sign-in /sign-in --data-urlencode "email=$BENCHMARK_EMAIL" --data-urlencode "password=$BENCHMARK_PASSWORD" >/dev/null
}

stage_one_setup() {
  sign_up_and_in
  PARTNERSHIP=$(post_form /partnerships/new /partnerships/new --data-urlencode "name=Benchmark Partnership" \
    --data-urlencode "localAuthorityAreas=Benchmarkshire" --data-urlencode "policeForceArea=Benchmarkshire Police" | sed 's#.*/partnerships/#/partnerships/#')
  SUBMITTED=$(start_benchmark "$PARTNERSHIP")
  answer_all "$SUBMITTED"
  post_form "$SUBMITTED/check" "$SUBMITTED/submit" >/dev/null
  IN_PROGRESS=$(start_benchmark "$PARTNERSHIP")
  answer_all "$IN_PROGRESS"
}

start_benchmark() {
  post_form "$1/benchmarks/new" "$1/benchmarks/new" --data-urlencode meetingDay=2 --data-urlencode meetingMonth=11 \
    --data-urlencode meetingYear=2026 --data-urlencode "facilitator=Fran Facilitator" --data-urlencode "noteTaker=Nat Notes" \
    --data-urlencode startFrom=blank | grep -o '/partnerships/[^/]*/benchmarks/[^/?]*'
}

answer_all() {
  local answers=(yes partly no dont_know) token; token=$(csrf_from "$1")
  for n in $(seq 1 26); do
    local q; q=$(printf 'Q%02d' "$n")
    curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$token" \
      --data-urlencode "answer=${answers[$((n % 4))]}" --data-urlencode "notes=Discussion of $q, with evidence from each agency." \
      --data-urlencode "actionsArising=Follow up $q" --data-urlencode "revision=" "$BASE$1/questions/$q"
  done
}

measure_signed_in() {
  local path="$1"
  for _ in 1 2 3 4 5; do request_ms -b "$JAR_COOKIES" "$BASE$path" >/dev/null; done
  for _ in $(seq 1 "$RUNS"); do request_ms -b "$JAR_COOKIES" "$BASE$path"; done | summarise
}

# Saves RUNS different notes in a row, each from the revision the last save returned.
measure_saves() {
  local path="$1" mode="${2:-json}" token revision=0 i
  token=$(csrf_from "$path")
  for i in $(seq 1 "$RUNS"); do
    if [ "$mode" = json ]; then
      local out; out=$(curl -s -b "$JAR_COOKIES" -H 'Accept: application/json' -w '\n%{time_total}' \
        --data-urlencode "_csrf=$token" --data-urlencode answer=partly --data-urlencode "notes=Save number $i" \
        --data-urlencode "revision=$revision" "$BASE$path")
      echo "$out" | head -1 | grep -q '"status":"saved"' || { echo "Save $i was not saved: $out" >&2; exit 1; }
      revision=$(echo "$out" | head -1 | grep -o '"revision":[0-9]*' | cut -d: -f2)
      echo "$out" | tail -1 | awk '{printf "%.1f\n", $1 * 1000}'
    else
      revision=$(curl -s -b "$JAR_COOKIES" "$BASE$path" | grep -o 'name="revision" value="[0-9]*"' | grep -o '[0-9]*')
      local out; out=$(curl -s -o /dev/null -b "$JAR_COOKIES" -w '%{http_code} %{time_total}' --data-urlencode "_csrf=$token" \
        --data-urlencode answer=yes --data-urlencode "notes=Saved by the button, number $i" --data-urlencode "revision=$revision" "$BASE$path")
      [ "${out%% *}" = 302 ] || { echo "Save $i was not saved (HTTP ${out%% *})" >&2; exit 1; }
      echo "${out#* }" | awk '{printf "%.1f\n", $1 * 1000}'
    fi
  done | summarise
}
