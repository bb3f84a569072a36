#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what building and testing storydata needs, if it is missing: Debian packages with
# apt-get, npm packages from the lock files. Safe to run again; does nothing when all is there.
#   scripts/deps.sh          everything scripts/test.sh needs
#   scripts/deps.sh --demo   only what scripts/demo.sh needs: the compilers, the header-only
#                            libraries, Node and the demo page's packages (no Chromium, clang-tidy,
#                            sanitizer runtimes or test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(cmake ninja-build g++ nlohmann-json3-dev libboost1.81-dev doctest-dev emscripten nodejs npm)
npm_dirs=(js-demo)
if [ "${1:-}" != --demo ]; then
  debian_packages+=(clang clang-tidy libclang-rt-14-dev chromium python3 unicode-data time pre-commit nodeenv)
  npm_dirs+=(. tests/node wasm/test/browser)
fi
missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node may come from elsewhere than Debian (a newer nodejs package ships npm itself).
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs/}"); missing=("${missing[@]/npm/}")
fi
missing=($(printf '%s\n' "${missing[@]}" | sed '/^$/d'))
if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for dir in "${npm_dirs[@]}"; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "deps: npm packages in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
