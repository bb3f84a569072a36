// SPDX-License-Identifier: Apache-2.0
// Debian's Chromium (/usr/bin/chromium, or $CHROMIUM), headless, driven by playwright-core: no
// browser is downloaded. Shared by the browser tests of three npm projects (js-demo/, tests/node/,
// wasm/test/browser/), each with its own node_modules, so this file imports no playwright-core:
// the caller passes the `chromium` of its own.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium through the caller's playwright-core `chromium`; resolves to the Browser. */
export function launchChromium(chromium) {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
}
