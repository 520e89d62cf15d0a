#!/usr/bin/env bash
# npm audit for what ships (production dependencies), in CI. Findings at "high" or worse fail
# the run; a registry that does not answer audits (a mirror, no internet) is said and skipped,
# never fatal: it says nothing about our dependencies.
set -uo pipefail
out=$(npm audit --omit=dev --audit-level=high 2>&1)
code=$?
if [ $code -eq 0 ]; then
  echo "npm audit: no high or critical advisories in production dependencies"
  exit 0
fi
if grep -qE "audit endpoint returned an error|ENOAUDIT|Method Not Allowed|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT" <<<"$out"; then
  echo "npm audit: skipped — the registry does not answer audit requests ($(grep -m1 -oE '[0-9]{3} [A-Za-z ]+ - [A-Z]+ [^ ]+|E[A-Z_]+' <<<"$out" || echo 'no answer'))"
  exit 0
fi
echo "$out"
exit $code
