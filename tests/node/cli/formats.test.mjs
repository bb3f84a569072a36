// SPDX-License-Identifier: Apache-2.0
// The text, JSON, GitHub and JUnit reports on the fixtures: each says exactly what the golden files say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { expected, fixtures, invalidDir, run, validDir, withTempDir } from './support.mjs';

const all = [...fixtures(invalidDir), ...fixtures(validDir)];

/** An XML document, failing the test on any error (xmldom only warns about U+FFFD). */
const parseXml = (text) =>
  new DOMParser({
    onError: (level, message) => level === 'warning' || assert.fail(`${level}: ${message}`),
  }).parseFromString(text, 'text/xml');

test('json: one document whose diagnostics are the golden ones', () => {
  const r = run(['validate', '--format', 'json', invalidDir, validDir]);
  assert.equal(r.status, 1);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(report), ['version', 'schema_version', 'files', 'summary']);
  assert.match(report.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(
    report.files.map((f) => f.path),
    all,
  );
  for (const file of report.files) {
    const golden = file.path.startsWith(invalidDir) ? expected(file.path) : [];
    assert.deepEqual(file.diagnostics, golden, file.path);
    assert.equal(file.valid, !golden.some((d) => d.severity === 'error'), file.path);
  }
  const diagnostics = report.files.flatMap((f) => f.diagnostics);
  const count = (severity) => diagnostics.filter((d) => d.severity === severity).length;
  const valid = report.files.filter((f) => f.valid).length;
  assert.deepEqual(report.summary, {
    files: all.length,
    stories: all.length,
    valid,
    invalid: all.length - valid,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  });
});

test('json: valid reflects --strict', () => {
  const report = JSON.parse(
    run(['validate', '--format', 'json', '--strict', `${invalidDir}/SD223-contradictory-time.json`]).stdout,
  );
  assert.equal(report.files[0].valid, false);
  assert.equal(report.summary.invalid, 1);
});

test('text: file:line:col: severity CODE: message (at pointer), the source line, a caret, the hint', () => {
  const r = run(['validate', `${invalidDir}/SD013-unknown-enum-value.json`]);
  assert.equal(r.status, 1);
  const lines = r.stdout.split('\n');
  const [d] = expected(`${invalidDir}/SD013-unknown-enum-value.json`);
  assert.equal(
    lines[0],
    `${invalidDir}/SD013-unknown-enum-value.json:5:34: error SD013: ${d.message} (at /actors/0/kind)`,
  );
  assert.equal(lines[1], '    "actors": [{"id": "a", "kind": "goverment", "name": "A"}]');
  assert.equal(lines[2], `  ${' '.repeat(33)}^`);
  assert.equal(lines[1].slice(2)[33], '"', 'the caret is under the value');
  assert.equal(lines[3], '  hint: did you mean `government`?');
  assert.equal(lines[4], '1 file checked: 0 valid, 1 invalid (1 error, 0 warnings, 0 infos)');
  assert.equal(lines[5], '');
});

test('text: every golden diagnostic appears, valid files say ok, and the summary counts them', () => {
  const r = run(['validate', invalidDir, validDir]);
  for (const fixture of fixtures(invalidDir))
    for (const d of expected(fixture)) {
      const header = `${fixture}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}${d.pointer ? ` (at ${d.pointer})` : ''}`;
      assert.ok(r.stdout.includes(`${header}\n`), `missing: ${header}`);
      if (d.hint) assert.ok(r.stdout.includes(`\n  hint: ${d.hint}\n`), `missing hint of ${fixture}`);
    }
  for (const fixture of fixtures(validDir)) assert.ok(r.stdout.includes(`${fixture}: ok\n`));
  assert.match(
    r.stdout,
    new RegExp(
      `\\n${all.length} files checked: \\d+ valid, \\d+ invalid \\(\\d+ errors, \\d+ warnings, 1 info\\)\\n$`,
    ),
  );
});

test('text: the caret lines up under tabs and wide characters', () => {
  withTempDir((dir) => {
    const file = join(dir, 'story.json');
    writeFileSync(
      file,
      '{\n\t"storydata": "1.0", "id": "s",\n\t"article": {"headline": "한국 뉴스", "hedline": "x"}\n}\n',
    );
    const lines = run(['validate', file]).stdout.split('\n');
    assert.equal(lines[0], `${file}:3:35: error SD012: unknown field "hedline" (at /article/hedline)`);
    assert.equal(lines[1], '  \t"article": {"headline": "한국 뉴스", "hedline": "x"}');
    // Column 35 counts code points; under the line, the tab is kept and each of the four Hangul
    // syllables before the column takes two cells of the terminal.
    assert.equal(lines[2], `  \t${' '.repeat(33 + 4)}^`);
  });
});

test('text: --quiet prints only problems and the summary', () => {
  const r = run([
    'validate',
    '--quiet',
    `${invalidDir}/SD270-unused-actor.json`,
    `${invalidDir}/SD223-contradictory-time.json`,
    ...fixtures(validDir),
  ]);
  assert.equal(r.status, 0);
  assert.doesNotMatch(r.stdout, /: ok$|SD270/m);
  assert.match(r.stdout, /warning SD223/);
  const files = 2 + fixtures(validDir).length;
  assert.ok(
    r.stdout.endsWith(`\n${files} files checked: ${files} valid, 0 invalid (0 errors, 1 warning, 1 info)\n`),
  );
});

test('text: no progress line when stderr is not a terminal', () => {
  const r = run(['validate', '--quiet', invalidDir]);
  assert.equal(r.stderr, '');
});

test('github: one workflow command per diagnostic, then the summary', () => {
  const r = run(['validate', '--format', 'github', invalidDir]);
  assert.equal(r.status, 1);
  const lines = r.stdout.trimEnd().split('\n');
  const golden = fixtures(invalidDir).flatMap((file) => expected(file).map((d) => ({ file, ...d })));
  assert.equal(lines.length, golden.length + 1);
  const command = { error: 'error', warning: 'warning', info: 'notice' };
  golden.forEach((d, i) => {
    let message = d.message + (d.pointer ? ` (at ${d.pointer})` : '') + (d.hint ? `\nhint: ${d.hint}` : '');
    message = message.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
    assert.equal(
      lines[i],
      `::${command[d.severity]} file=${d.file},line=${d.line},col=${d.column},title=${d.code}::${message}`,
    );
  });
  assert.match(lines.at(-1), /^\d+ files checked: \d+ valid, \d+ invalid \(/);
});

test('github: properties escape , and : and %; messages escape % and line breaks', () => {
  withTempDir((dir) => {
    const file = join(dir, 'a,b:c%d.json');
    writeFileSync(file, '{"storydata": "1.0", "id": "s", "article": {"headline": "H", "x%y": 1}}');
    const [line] = run(['validate', '--format', 'github', file]).stdout.split('\n');
    const escapedDir = dir.replaceAll('%', '%25').replaceAll(':', '%3A').replaceAll(',', '%2C');
    assert.equal(
      line,
      `::error file=${escapedDir}/a%2Cb%3Ac%25d.json,line=1,col=62,title=SD012::unknown field "x%25y" (at /article/x%25y)%0Ahint: fields of your own must start with "x-"`,
    );
  });
});

test('junit: one test case per file, failed with the golden diagnostics, in well-formed XML', () => {
  const r = run(['validate', '--format', 'junit', invalidDir, validDir]);
  assert.equal(r.status, 1);
  const doc = parseXml(r.stdout);
  const suite = doc.getElementsByTagName('testsuite')[0];
  const cases = [...doc.getElementsByTagName('testcase')];
  assert.deepEqual(
    cases.map((c) => c.getAttribute('name')),
    all,
  );
  const failed = cases.filter((c) => c.getElementsByTagName('failure').length > 0);
  assert.equal(suite.getAttribute('tests'), String(all.length));
  assert.equal(suite.getAttribute('failures'), String(failed.length));
  for (const c of cases) {
    const fixture = c.getAttribute('name');
    const golden = fixture.startsWith(invalidDir) ? expected(fixture) : [];
    const failing = golden.filter((d) => d.severity === 'error');
    const failure = c.getElementsByTagName('failure')[0];
    assert.equal(failure !== undefined, failing.length > 0, fixture);
    if (!failure) continue;
    assert.equal(failure.getAttribute('type'), failing[0].code, fixture);
    assert.ok(failure.getAttribute('message').startsWith(failing[0].message), fixture);
    const codes = [...failure.textContent.matchAll(/^\S+:\d+:\d+: error (SD\d{3}):/gm)].map((m) => m[1]);
    assert.deepEqual(
      codes,
      failing.map((d) => d.code),
      fixture,
    );
  }
});

test('junit: file names and messages with markup or control characters stay text', () => {
  withTempDir((dir) => {
    const file = join(dir, 'a<b>&"\u0001c.json'); // XML 1.0 has no U+0001, even as a reference
    writeFileSync(file, '{"storydata": "1.0", "id": "s", "article": {"headline": "H", "x<\\u0001>": 1}}');
    const r = run(['validate', '--format', 'junit', file]);
    assert.equal(r.status, 1);
    const doc = parseXml(r.stdout);
    const [testcase] = doc.getElementsByTagName('testcase');
    assert.equal(testcase.getAttribute('name'), file.replace('\u0001', '\uFFFD'));
    assert.equal(
      testcase.getElementsByTagName('failure')[0].getAttribute('message'),
      'unknown field "x<\\u0001>"', // the SDK's message spells the character out
    );
  });
});

test('GITHUB_STEP_SUMMARY: a Markdown table of the problems is appended to the job summary', () => {
  withTempDir((dir) => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, 'an earlier step\n');
    const story = join(dir, 'a|b.json');
    writeFileSync(story, '{"storydata": "1.0", "id": "s", "article": {"headline": "H", "x_<b>*": 1}}');
    const r = run(['validate', '--format', 'github', story], { env: { GITHUB_STEP_SUMMARY: summary } });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^::error /); // the report itself is unchanged
    const shownPath = story.replaceAll('_', '\\_').replace('|', '\\|');
    assert.equal(
      readFileSync(summary, 'utf8'),
      'an earlier step\n' +
        '### storydata validate: 1 of 1 file invalid\n\n' +
        '1 file checked: 0 valid, 1 invalid (1 error, 0 warnings, 0 infos)\n\n' +
        '| file | line:column | severity | code | message |\n|---|---|---|---|---|\n' +
        `| ${shownPath} | 1:62 | error | SD012 | unknown field &quot;x\\_&lt;b&gt;\\*&quot; (at /article/x\\_&lt;b&gt;\\*) |\n\n`,
    );
    const valid = run(['validate', join(validDir, 'editor-schema.story.json')], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    assert.equal(valid.status, 0);
    assert.match(
      readFileSync(summary, 'utf8'),
      /### storydata validate: every story is valid\n\n1 file checked: 1 valid/,
    );
    const unwritable = run(['validate', story], {
      env: { GITHUB_STEP_SUMMARY: join(dir, 'no/such/dir.md') },
    });
    assert.equal(unwritable.status, 1); // the stories decide the status
    assert.match(
      unwritable.stderr,
      /^storydata validate: cannot write the job summary to .*no\/such\/dir\.md: No such file or directory$/m,
    );
  });
});
