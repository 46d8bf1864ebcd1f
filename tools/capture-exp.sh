#!/usr/bin/env bash
# Regenerates the expected output (.exp) of the Python conformance corpus
# from CPython 3.11.
#
#   tools/capture-exp.sh                      # every tests/corpus/**/*.py
#   tools/capture-exp.sh tests/corpus/basics/print_ints.py ...   # only these
#
# Each program runs with PYTHONHASHSEED=0 in a fresh empty directory (the files
# it makes are its own, as each corpus run gets its own board root), with a
# timeout. The .exp file is the program's exact stdout. A program that writes
# anything to stderr, exits non-zero or times out is an error: its .exp is not
# written, the problem is reported, and the script exits 1 at the end.
# .exp files are generated; never edit them by hand.
#
#   tools/capture-exp.sh --micropython [files...]
#
# writes nothing: runs each program on MicroPython's WebAssembly build (the
# devDependency in node_modules) and reports every program whose stdout differs
# from its .exp or that writes to stderr, to find constructs that are not
# portable between CPython and MicroPython. Exits 1 if any differ.
set -u

mode=capture
if [ "${1:-}" = "--micropython" ]; then
  mode=micropython
  shift
fi

# Paths named on the command line are relative to the caller's directory.
args=()
for a in "$@"; do
  case "$a" in
    /*) args+=("$a") ;;
    *) args+=("$(pwd)/$a") ;;
  esac
done
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd -P)
PY=${PYTHON:-python3}
TIMEOUT=${CAPTURE_TIMEOUT:-10}

if [ "$mode" = micropython ]; then
  MPJS=node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs
  if [ ! -f "$MPJS" ]; then
    echo "capture-exp: $MPJS not found (npm install)" >&2
    exit 2
  fi
fi

ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
if [ "$ver" != "3.11" ]; then
  echo "capture-exp: need CPython 3.11 as '$PY' (found '${ver:-none}')" >&2
  exit 2
fi

if [ $# -eq 0 ]; then
  mapfile -t files < <(find tests/corpus -name '*.py' -type f | LC_ALL=C sort)
else
  files=("${args[@]}")
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0; bad=0; changed=0
for f in "${files[@]}"; do
  case "$f" in
    /*) abs=$(cd "$(dirname "$f")" 2>/dev/null && pwd -P)/$(basename "$f"); rel=${abs#"$ROOT"/} ;;
    *) rel=$f ;;
  esac
  case "$rel" in
    *.py) ;;
    *) echo "capture-exp: not a .py file: $f" >&2; bad=$((bad+1)); continue ;;
  esac
  if [ ! -f "$rel" ]; then
    echo "capture-exp: no such file: $f" >&2; bad=$((bad+1)); continue
  fi
  n=$((n+1))
  exp=${rel%.py}.exp
  if [ "$mode" = micropython ]; then
    rm -rf "$tmp/cwd" && mkdir "$tmp/cwd"
    (cd "$tmp/cwd" && timeout "$TIMEOUT" node "$ROOT/$MPJS" "$ROOT/$rel" </dev/null >"$tmp/out" 2>"$tmp/err")
    if [ ! -f "$exp" ]; then
      echo "capture-exp: $rel has no .exp" >&2; bad=$((bad+1)); continue
    fi
    if ! cmp -s "$tmp/out" "$exp" || [ -s "$tmp/err" ]; then
      bad=$((bad+1))
      echo "=== $rel differs on MicroPython"
      diff "$exp" "$tmp/out" | head -10 | sed 's/^/    /'
      sed 's/^/    stderr: /' "$tmp/err" | head -5
    fi
    continue
  fi
  rm -rf "$tmp/cwd" && mkdir "$tmp/cwd"
  (cd "$tmp/cwd" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
    timeout "$TIMEOUT" "$PY" -X utf8 "$ROOT/$rel" </dev/null >"$tmp/out" 2>"$tmp/err")
  rc=$?
  if [ $rc -ne 0 ] || [ -s "$tmp/err" ]; then
    bad=$((bad+1))
    if [ $rc -eq 124 ]; then
      echo "capture-exp: FAIL $rel: timed out after ${TIMEOUT}s" >&2
    else
      echo "capture-exp: FAIL $rel: exit status $rc, stderr:" >&2
    fi
    sed 's/^/    /' "$tmp/err" | head -20 >&2
    continue
  fi
  if [ ! -f "$exp" ] || ! cmp -s "$tmp/out" "$exp"; then
    cp "$tmp/out" "$exp"
    changed=$((changed+1))
    echo "wrote $exp"
  fi
done

if [ "$mode" = micropython ]; then
  echo "capture-exp --micropython: $n programs, $bad differ from their .exp on MicroPython"
else
  echo "capture-exp: $n programs, $changed .exp written, $bad failed"
fi
[ $bad -eq 0 ] || exit 1
