# Action plan set-up and measurements for benchmarks/run (sourced after stage-two.sh; uses its
# COMPLETED_REVIEW and STAGE_TWO_ITEMS, and post_form, csrf_from, measure_signed_in, JAR_COOKIES and
# PARTNERSHIP from stage-one.sh).

PLAN_ACTIONS="${BENCHMARK_PLAN_ACTIONS:-1000}"
# The plan's files are generated afresh on every request and the Word and PDF ones take seconds with
# 1,000 actions, so they are timed fewer times than the pages.
PLAN_RUNS="${BENCHMARK_PLAN_RUNS:-$(( RUNS < 10 ? RUNS : 10 ))}"

# Sets PLAN_ACTIONS actions through the real "set an action" form of the completed review's items,
# spread over its 15 items, both kinds of owner and a year of due dates.
action_plan_setup() {
  local i failed=0 started
  PLAN_TOKEN=$(csrf_from "$COMPLETED_REVIEW/items/${STAGE_TWO_ITEMS[0]}/actions/new")
  started=$(date +%s)
  for i in $(seq 1 "$PLAN_ACTIONS"); do
    [ "$(set_action "$i")" = 302 ] || failed=$((failed + 1))
  done
  [ "$failed" = 0 ] || { echo "Setting $failed of $PLAN_ACTIONS actions failed" >&2; exit 1; }
  PLAN_SETUP_SECONDS=$(( $(date +%s) - started ))
}

# Sets action number $1 through the form; prints the HTTP status (302 when it is set).
set_action() {
  local i="$1" item owner due
  item=${STAGE_TWO_ITEMS[$((i % ${#STAGE_TWO_ITEMS[@]}))]}
  owner=$([ $((i % 3)) = 0 ] && echo PARTNERSHIP || echo AGENCY)
  due=$(date -d "+$((7 + i % 365)) days" '+%d %m %Y')
  set -- $due
  curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" --data-urlencode "_csrf=$PLAN_TOKEN" \
    --data-urlencode "title=Action $i for $item: agree who follows up each return" \
    --data-urlencode "description=What will be done for action $i, with the agencies involved, the steps and the evidence to collect." \
    --data-urlencode "owner=$owner" --data-urlencode agency=POLICE --data-urlencode "leadPerson=Lead Person $((i % 40))" \
    --data-urlencode "dueDay=$1" --data-urlencode "dueMonth=$2" --data-urlencode "dueYear=$3" \
    --data-urlencode "successMeasure=An audit of 20 cases shows action $i made a difference for children." \
    "$BASE$COMPLETED_REVIEW/items/$item/actions/new"
}

# The plan as PDF is kept once made, until its words change, and once downloaded it is laid out again
# in the background within seconds of a change (PlanPdfsKeptReady). Prints three medians of 5 as
# "fresh | ready | again": downloads straight after one more action is set (laid out for that request,
# after 3 to warm up); downloads 10 s after one more action is set (laid out ahead); and downloads of
# the same plan again. The plan grows by 13 actions.
plan_pdf_ms() {
  local fresh ready again
  : "${PLAN_EXTRA:=0}"
  fresh=$(for n in 1 2 3 4 5 6 7 8; do
    set_action "$(( PLAN_ACTIONS + PLAN_EXTRA + n ))" >/dev/null
    request_ms -b "$JAR_COOKIES" "$BASE$PARTNERSHIP/action-plan.pdf"
  done | tail -5 | sort -n | sed -n 3p)
  ready=$(for n in 9 10 11 12 13; do
    set_action "$(( PLAN_ACTIONS + PLAN_EXTRA + n ))" >/dev/null
    sleep 10
    request_ms -b "$JAR_COOKIES" "$BASE$PARTNERSHIP/action-plan.pdf"
  done | sort -n | sed -n 3p)
  PLAN_EXTRA=$(( PLAN_EXTRA + 13 ))
  again=$(for _ in 1 2 3 4 5; do request_ms -b "$JAR_COOKIES" "$BASE$PARTNERSHIP/action-plan.pdf"; done | sort -n | sed -n 3p)
  echo "$fresh | $ready | $again"
}

# One row of the action plan table: the file's timings and its size.
plan_file_row() {
  local label="$1" path="$2" bytes
  bytes=$(curl -s -b "$JAR_COOKIES" "$BASE$path" | wc -c)
  echo "| $label (\`GET …${path#"$PARTNERSHIP"}\`) | $(RUNS=$PLAN_RUNS measure_signed_in "$path") | $bytes |"
}

action_plan_rows() {
  local register
  plan_file_row "Action plan as Excel" "$PARTNERSHIP/action-plan.xlsx"
  plan_file_row "Action plan as CSV" "$PARTNERSHIP/action-plan.csv"
  plan_file_row "Action plan as Word" "$PARTNERSHIP/action-plan.docx"
  plan_file_row "Action plan as PDF, downloaded again (kept once made)" "$PARTNERSHIP/action-plan.pdf"
  plan_file_row "All the partnership's data as JSON" "$PARTNERSHIP/data.json"
  register=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE$PARTNERSHIP/actions")
  if [ "$register" = 200 ]; then
    echo "| Action register page (\`GET …/actions\`) | $(measure_signed_in "$PARTNERSHIP/actions") | |"
    echo "| Action register, filtered and sorted (\`GET …/actions?owner=POLICE&due=90&sort=title\`) | $(measure_signed_in "$PARTNERSHIP/actions?owner=POLICE&due=90&sort=title") | |"
    echo "| Partnership home page, the dashboard (\`GET …/partnerships/{id}\`) | $(measure_signed_in "$PARTNERSHIP") | |"
  else
    echo "| Action register page (\`GET …/actions\`) | not measured: HTTP $register | | | |"
  fi
}
