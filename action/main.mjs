// SPDX-License-Identifier: Apache-2.0
// The GitHub Action's entry point (action.yml): validates the workflow's story files with the
// `storydata` npm package, so no runner needs a compiler (Linux, macOS and Windows alike). Inputs
// arrive as INPUT_* variables: the runner sets them for a JavaScript action, and
// action/native/action.yml sets them itself after building the native command. The report goes
// to the log or to a file; the step's exit status is the command's.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const input = (name) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
const packageVersion = JSON.parse(
  readFileSync(new URL('../wasm/package.json', import.meta.url), 'utf8'),
).version;

/** Stops the step with an error annotation. */
function fail(message) {
  console.log(`::error title=storydata::${message}`);
  process.exit(1);
}

/** Runs a program without a shell (the user's paths are never a shell's words). */
function spawn(program, args, options = {}) {
  const result = spawnSync(program, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`cannot run ${program}: ${result.error.message}`);
  return result;
}

/** The command to run: `command` as given, or the npm package installed into the runner's
 * temporary folder (`package`; by default storydata at `version`, or at the action's own version)
 * and run by this Node. */
function storydataCommand() {
  const command = input('command');
  if (command) return [command];
  const spec = input('package') || `storydata@${input('version') || packageVersion}`;
  const prefix = join(process.env.RUNNER_TEMP || tmpdir(), 'storydata-action');
  const npmArgs = [
    'install',
    '--prefix',
    prefix,
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    spec,
  ];
  // npm is a .cmd script on Windows, which Node starts only through a shell.
  const windows = process.platform === 'win32';
  const installed = spawn('npm', windows ? npmArgs.map((a) => `"${a}"`) : npmArgs, { shell: windows });
  if (installed.status !== 0) fail(`npm could not install ${spec}`);
  return [process.execPath, join(prefix, 'node_modules', 'storydata', 'bin', 'storydata.js')];
}

const format = input('format') || 'github';
const strict = input('strict') || 'false';
if (!['true', 'false'].includes(strict)) fail(`strict must be "true" or "false", not "${strict}"`);
const words = (name) => input(name).split(/\s+/).filter(Boolean);
const paths = input('paths') ? words('paths') : ['.'];
const patterns = [
  ...words('include').flatMap((p) => ['--include', p]),
  ...words('exclude').flatMap((p) => ['--exclude', p]),
];
const [program, ...prefixArgs] = storydataCommand();

const expected = input('version');
if (expected) {
  const reported = spawn(program, [...prefixArgs, '--version'], { stdio: 'pipe', encoding: 'utf8' }).stdout;
  if (!reported.startsWith(`storydata ${expected} `))
    fail(`expected storydata ${expected}, the action runs: ${reported.trim()}`);
}

const args = [
  ...prefixArgs,
  'validate',
  '--format',
  format,
  ...(strict === 'true' ? ['--strict'] : []),
  ...patterns,
  '--',
  ...paths,
];
const output = input('output');
const out = output ? openSync(output, 'w') : 'inherit';
const result = spawn(program, args, { stdio: ['inherit', out, 'inherit'] });
if (output) closeSync(out);
process.exit(result.status ?? 1);
