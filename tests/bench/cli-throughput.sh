#!/bin/sh
# Throughput and peak memory of the whole `galley-cli convert --to txt` process
# on the sample page repeated to about 1, 10 and 100 MB, beside `cat` of the
# same files as the floor. Prints a Markdown table (docs/performance.md).
#
#   tests/bench/cli-throughput.sh [GALLEY_CLI] [SIZE_MB...]
#
# GALLEY_CLI defaults to build/release/bin/galley-cli (build it in Release).
# Each command runs pinned to one core, three times; the fastest run counts,
# by wall-clock time and by CPU time (user + system: what the run needs of a
# core of its own, whatever else the machine is doing). MB are 2^20 bytes.
# Needs /usr/bin/time (Debian package "time").
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${1:-$root/build/release/bin/galley-cli}
[ $# -gt 0 ] && shift
sizes=${*:-1 10 100}
sample=$root/resources/samples/union-bulletin-zh.txt
runs=3

if [ ! -x "$cli" ]; then
    echo "cli-throughput.sh: no galley-cli at $cli" >&2
    exit 1
fi
if [ ! -x /usr/bin/time ]; then
    echo "cli-throughput.sh: /usr/bin/time is missing (apt-get install time)" >&2
    exit 1
fi
pin=""
command -v taskset >/dev/null 2>&1 && pin="taskset -c 0"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# 80 whole copies of the sample make one MB; N MB is N times that.
megabyte=$work/1.txt
i=0
while [ $i -lt 80 ]; do
    cat "$sample" >>"$megabyte"
    i=$((i + 1))
done
make_input() {
    file=$work/input-$1.txt
    : >"$file"
    i=0
    while [ $i -lt "$1" ]; do
        cat "$megabyte" >>"$file"
        i=$((i + 1))
    done
    echo "$file"
}

now() { date +%s.%N; }

# measure FILE LABEL COMMAND...: prints one table row.
measure() {
    file=$1
    label=$2
    shift 2
    bytes=$(wc -c <"$file")
    best=""
    bestCpu=""
    peak=0
    run=0
    while [ $run -lt $runs ]; do
        start=$(now)
        # shellcheck disable=SC2086
        /usr/bin/time -v -o "$work/time" $pin "$@" >/dev/null 2>"$work/stderr" || {
            echo "cli-throughput.sh: $label failed:" >&2
            cat "$work/stderr" >&2
            exit 1
        }
        end=$(now)
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
        cpu=$(awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$work/time")
        bestCpu=$(awk -v t="$cpu" -v best="$bestCpu" \
            'BEGIN { if (best == "" || t < best) best = t; print best }')
        best=$(awk -v s="$start" -v e="$end" -v best="$best" \
            'BEGIN { t = e - s; if (best == "" || t < best) best = t; print best }')
        [ "$rss" -gt "$peak" ] && peak=$rss
        run=$((run + 1))
    done
    awk -v label="$label" -v bytes="$bytes" -v seconds="$best" -v cpu="$bestCpu" -v rss="$peak" 'BEGIN {
        mb = bytes / 1048576
        if (cpu < 0.01) cpu = 0.01 # time(1) counts CPU in hundredths
        printf "| %.1f MB | %s | %.3f | %.1f | %.2f | %.1f | %.1f | %.2f |\n", mb, label, seconds,
            mb / seconds, cpu, mb / cpu, rss / 1024, rss * 1024 / bytes
    }'
}

# The load before and after shows how far the wall-clock times can be
# trusted; on stderr, so the table stays as it is.
load() {
    average=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
    echo "cli-throughput.sh: load average $1: $average" >&2
}
load before

echo "| input | command | wall s | MB/s (wall) | CPU s | MB/s (CPU) | peak RSS (MB) | peak RSS / input |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for size in $sizes; do
    input=$(make_input "$size")
    measure "$input" "cat" cat "$input"
    measure "$input" "galley-cli convert --to txt" "$cli" convert "$input" --to txt -o "$work/out.txt"
    rm -f "$input" "$work/out.txt"
done
load after
