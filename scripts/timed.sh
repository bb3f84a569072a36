# SPDX-License-Identifier: Apache-2.0
# Sourced by demo.sh and test.sh: `timed NAME COMMAND...` runs the command, prints "== NAME: N s"
# and adds "NAME N s" to $times, so a slow step shows at once. Returns the command's status.
times=""
timed() {
  local name=$1 start=$SECONDS rc=0
  shift
  "$@" || rc=$?
  echo "== $name: $((SECONDS - start)) s"
  times+="$name $((SECONDS - start)) s, "
  return $rc
}
