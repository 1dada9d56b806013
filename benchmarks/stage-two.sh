# Stage-two set-up and measurements for benchmarks/run (sourced after stage-one.sh; uses its
# post_form, csrf_from, JAR_COOKIES and PARTNERSHIP).

STAGE_TWO_ITEMS=(T05-R01 T05-R02 T05-R03 T05-R04 T05-R05 T05-R06 T05-G01 T05-G02 T05-G03 T05-G04 T05-G05 T05-G06 T05-A01 T05-A02 T05-A03)

start_review() {
  post_form "$PARTNERSHIP/checklists/$1/reviews/new" "$PARTNERSHIP/checklists/$1/reviews/new" --data-urlencode meetingDay=9 \
    --data-urlencode meetingMonth=11 --data-urlencode meetingYear=2026 --data-urlencode "facilitator=Fran Facilitator" \
    --data-urlencode "noteTaker=Nat Notes" --data-urlencode startFrom=blank | grep -o '/partnerships/[^/]*/reviews/[^/?#]*'
}

rate_all_items() {
  local extents=(fully_met partly_met not_met dont_know) token i=0; token=$(csrf_from "$1/sections/required")
  for item in "${STAGE_TWO_ITEMS[@]}"; do
    curl -s -o /dev/null -b "$JAR_COOKIES" --data-urlencode "_csrf=$token" --data-urlencode "extent=${extents[$((i % 4))]}" \
      --data-urlencode impact=high --data-urlencode "evidence=Audit and data for $item" --data-urlencode "revision=" "$BASE$1/items/$item"
    i=$((i + 1))
  done
}

stage_two_setup() {
  COMPLETED_REVIEW=$(start_review return-home-interviews)
  rate_all_items "$COMPLETED_REVIEW"
  post_form "$COMPLETED_REVIEW/complete" "$COMPLETED_REVIEW/complete" >/dev/null
  OPEN_REVIEW=$(start_review police-response)
}

# Saves RUNS different ratings of one item in a row, each from the revision the last save returned.
measure_rating_saves() {
  local path="$1" token revision="" i out
  token=$(csrf_from "$OPEN_REVIEW/sections/required")
  for i in $(seq 1 "$RUNS"); do
    out=$(curl -s -b "$JAR_COOKIES" -H 'Accept: application/json' -w '\n%{time_total}' --data-urlencode "_csrf=$token" \
      --data-urlencode extent=partly_met --data-urlencode impact=medium --data-urlencode "evidence=Save number $i" \
      --data-urlencode "revision=$revision" "$BASE$path")
    echo "$out" | head -1 | grep -q '"status":"saved"' || { echo "Rating save $i was not saved: $out" >&2; exit 1; }
    revision=$(echo "$out" | head -1 | grep -o '"revision":[0-9]*' | cut -d: -f2)
    echo "$out" | tail -1 | awk '{printf "%.1f\n", $1 * 1000}'
  done | summarise
}
