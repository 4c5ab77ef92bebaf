#!/usr/bin/env bash
# Prints the CLI's output for every preset and command, to compare a refactor's before and after
# byte for byte:  bash scripts/cli-snapshot.sh DIR   (then: diff -r BEFORE AFTER)
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: cli-snapshot.sh DIR}
bin=target/release/zothuis
mkdir -p "$out"
$bin preset > "$out/presets.txt"
$bin help > "$out/help.txt" 2>&1
for p in $($bin preset | awk '{print $1}'); do
  f="$out/$p.scenario.json"
  $bin preset "$p" > "$f"
  for fmt in json csv table; do
    for lang in en nl; do
      $bin project "$f" --format $fmt --lang $lang > "$out/$p.project.$fmt.$lang" 2>&1; echo "rc=$?" >> "$out/$p.project.$fmt.$lang"
    done
  done
  $bin check "$f" --lang nl > "$out/$p.check" 2>&1; echo "rc=$?" >> "$out/$p.check"
  $bin calibrate "$f" > "$out/$p.calibrate" 2>&1; echo "rc=$?" >> "$out/$p.calibrate"
  n=$(python3 -c "import json,sys; print(len(json.load(open('$f')).get('targets',[])))")
  for ((t=0; t<n; t++)); do
    for lever in recruitment new_homes inflow_reduction substitution shorter_residential_stay retention under12_substitution; do
      $bin goalseek "$f" --target $t --lever $lever > "$out/$p.goalseek.$t.$lever" 2>&1; echo "rc=$?" >> "$out/$p.goalseek.$t.$lever"
    done
  done
  $bin montecarlo "$f" --runs 300 > "$out/$p.montecarlo" 2>&1; echo "rc=$?" >> "$out/$p.montecarlo"
  $bin sensitivity "$f" > "$out/$p.sensitivity" 2>&1; echo "rc=$?" >> "$out/$p.sensitivity"
done
# Broken input: the error messages in both languages.
bad="$out/bad.json"
python3 - "$out/gooi-en-vechtstreek.scenario.json" > "$bad" <<'PY'
import json,sys
s=json.load(open(sys.argv[1]))
s["stay_months"]["foster"]=0; s["inflow"]["residential_need_pct"]=90; s["inflow"]["other_need_pct"]=20
s["foster"]["recruit_per_year"]=[1.5,-3]; s["cost"]["per_day"]["residential"]="1,5"; s["targets"][0]["metric"]="x"
s["uncertainty"]={"inflow.change_pct[9]":{"low":1,"high":2},"stay_months.foster":{"low":40,"high":30}}
s["zzz"]=1
print(json.dumps(s))
PY
for lang in en nl; do $bin check "$bad" --lang $lang > "$out/bad.check.$lang" 2>&1; echo "rc=$?" >> "$out/bad.check.$lang"; done
# The output folder's own name, so that two snapshots compare equal.
sed -i "s#$out#OUT#g" "$out"/*
