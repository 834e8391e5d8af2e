#!/usr/bin/env bash
# Full build vs. adding one news text (incremental build), median of N runs each.
# Full build vs. removing that text again (also incremental: its graph is deleted in a copy of the
# live generation, no full load).
# Usage: bench/incremental-build.sh [RUNS] [NEWS-ID-PREFIX]   (defaults: 3, a01)
# DGKG_LAUNCHER=CMD runs CMD instead of ./dgkg (e.g. a fixed jar while the sources change).
# Works on a copy of corpus/ in a temp folder; never touches databases/dgkg.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"; news="${2:-a01}"
gold="${DGKG_NEWS:-$here/src/test/resources/news}"
work="$(mktemp -d /tmp/dgkg-bench-incremental.XXXX)"
trap 'rm -rf "$work"' EXIT
cp -r "$here/corpus" "$work/corpus"
db="$work/db"

edit() { # add|remove the news text and its manifest entry
  python3 - "$1" "$work/corpus" "$gold" "$news" <<'PY'
import json, os, shutil, sys
op, corpus, gold, prefix = sys.argv[1:]
m = json.load(open(f"{corpus}/manifest.json"))
n = json.load(open(f"{gold}/manifest.json"))
d = next(x for x in n["documents"] if x["file"].startswith(prefix))
if op == "add":
    m["documents"].append(d); shutil.copy(f"{gold}/{d['file']}", f"{corpus}/{d['file']}")
else:
    m["documents"] = [x for x in m["documents"] if x["id"] != d["id"]]; os.remove(f"{corpus}/{d['file']}")
json.dump(m, open(f"{corpus}/manifest.json", "w"), ensure_ascii=False, indent=1)
PY
}
launcher="${DGKG_LAUNCHER:-$here/dgkg}"
# wall ms of one build; its CPU ms (user + sys of the launcher and the JVM, from /usr/bin/time when
# present) go to $work/cpu: on a shared machine CPU is the figure that compares
ms() {
  local t0 t1; t0=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%U %S' -o "$work/time" $launcher build --corpus "$work/corpus" --db "$db" "$@" >"$work/out" 2>"$work/err"
    awk '{printf "%d\n", 1000 * ($1 + $2)}' "$work/time" >"$work/cpu"
  else
    $launcher build --corpus "$work/corpus" --db "$db" "$@" >"$work/out" 2>"$work/err"; echo 0 >"$work/cpu"
  fi
  t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 ))
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"   # the machine may be shared: the ratio is what compares
$launcher build --corpus "$work/corpus" --db "$db" >/dev/null 2>&1   # warm-up: jar built, first generation
full=(); inc=(); rem=(); fullc=(); incc=(); remc=()
for i in $(seq 1 "$runs"); do
  full+=("$(ms --full)"); fullc+=("$(cat "$work/cpu")")
  edit add;    inc+=("$(ms)"); incc+=("$(cat "$work/cpu")"); grep -o '(incremental[^)]*)' "$work/out" >&2
  edit remove; rem+=("$(ms)"); remc+=("$(cat "$work/cpu")"); grep -o '(incremental[^)]*)' "$work/out" >&2
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fm=$(median "${full[@]}"); im=$(median "${inc[@]}"); rm_=$(median "${rem[@]}")
fc=$(median "${fullc[@]}"); ic=$(median "${incc[@]}"); rc=$(median "${remc[@]}")
echo "at $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown) ($launcher), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $runs runs"
echo "load average: $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "full build (--full):          ${full[*]} ms, median $fm ms; CPU ${fullc[*]} ms, median $fc ms"
echo "add one news text ($news):     ${inc[*]} ms, median $im ms; CPU ${incc[*]} ms, median $ic ms"
echo "remove it again (incremental): ${rem[*]} ms, median $rm_ ms; CPU ${remc[*]} ms, median $rc ms"
awk -v a="$im" -v b="$fm" -v c="$ic" -v d="$fc" 'BEGIN {printf "ratio add/full: %.0f%% wall, %.0f%% CPU\n", 100 * a / b, d ? 100 * c / d : 0}'
awk -v a="$rm_" -v b="$fm" -v c="$rc" -v d="$fc" 'BEGIN {printf "ratio remove/full: %.0f%% wall, %.0f%% CPU\n", 100 * a / b, d ? 100 * c / d : 0}'
