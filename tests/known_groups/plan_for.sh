#!/usr/bin/env bash
# Prints the plan the app gives a company answered on the blind sheet, as its
# reader meets it: `bash tests/known_groups/plan_for.sh answers.json nl` (after
# `trunk build --release`). The answers file is one company in the shape of
# answers.json's entries (statements by id or by their number on the sheet, s1 …).
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/env.sh >/dev/null
link=$(PLAN_FOR="$(realpath "$1")" cargo test -q --test plan_for -- --ignored --nocapture 2>/dev/null | sed -n 's/^SHARE //p')
[ -n "$link" ] || { echo "the answers file did not make a share link (run the cargo test above to see why)" >&2; exit 1; }
cd tests && node support/plan_for.mjs "$link" "${2:-nl}"
