// SPDX-License-Identifier: Apache-2.0
// `storydata query`: formats, inputs (files, directories, stdin), and exit statuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invalidDir, root, run, withTempDir } from './support.mjs';

const example = 'schema/examples/south-korea-cyber-spying.story.json';

test('json: one document with the rows', () => {
  const r = run(['query', '--format', 'json', example, 'events where agent = south-korea and target = us']);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.equal(result.form, 'events');
  assert.equal(result.count, 1);
  assert.equal(result.rows[0].id, 'sk-espionage-on-us');
  assert.deepEqual(result.rows[0].participants, [
    { actor: 'south-korea', role: 'agent' },
    { actor: 'united-states', role: 'target' },
  ]);
});

test('ndjson: one row per line', () => {
  const r = run(['query', example, 'path from south-korea to sony-pictures', '--format=ndjson']);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    rows.map((row) => row.actor),
    ['south-korea', 'north-korea', 'sony-pictures'],
  );
  assert.deepEqual(
    rows.map((row) => row.via),
    [null, 'us-sk-partnership', 'sony-cyberattack'],
  );
});

test('table: the default, aligned columns, the story column only for several stories', () => {
  const r = run(['query', example, 'actors where kind in (agency, legislature)']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(
    r.stdout,
    [
      'id        kind         name',
      'nsa       agency       National Security Agency',
      'us-house  legislature  U.S. House of Representatives',
      '',
    ].join('\n'),
  );
  const none = run(['query', example, 'events where kind = protest']);
  assert.equal(none.status, 0);
  assert.equal(none.stdout, 'no results\n');
});

test('stdin and directories; actors shared across stories by Wikidata QID', () => {
  withTempDir((dir) => {
    const other = {
      storydata: '1.0',
      id: 'summit',
      article: { headline: 'Summit' },
      actors: [
        {
          id: 'rok',
          kind: 'country',
          name: 'Republic of Korea',
          identifiers: { wikidata: 'Q884' },
          mentions: [],
        },
        { id: 'dprk', kind: 'country', name: 'DPRK', identifiers: { wikidata: 'Q423' } },
      ],
      events: [
        {
          id: 'talks',
          kind: 'meeting',
          summary: 'Talks.',
          time: { start: '2014-06' },
          participants: [
            { actor: 'rok', role: 'agent' },
            { actor: 'dprk', role: 'target' },
          ],
          attribution: { certainty: 'stated' },
        },
      ],
    };
    writeFileSync(join(dir, 'summit.json'), JSON.stringify(other));
    const input = readFileSync(join(root, example));
    const r = run(
      ['query', '--format', 'json', dir, '-', 'timeline where actor = north-korea and time = 2014'],
      { input },
    );
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout).rows;
    assert.deepEqual(
      rows.map((row) => `${row.story}/${row.id}`),
      [
        'south-korea-cyber-spying/us-intrusion-north-korea',
        'summit/talks',
        'south-korea-cyber-spying/sony-cyberattack',
        'south-korea-cyber-spying/us-blames-north-korea',
      ],
    );
    const table = run(['query', dir, '-', "actors where name in (Seoul, 'republic of korea')"], { input });
    assert.equal(
      table.stdout,
      [
        'story                     id           kind     name',
        'summit                    rok          country  Republic of Korea',
        'south-korea-cyber-spying  south-korea  country  South Korea',
        '',
      ].join('\n'),
    );
  });
});

test('a malformed query exits 2 with the query and a caret under the column', () => {
  const r = run(['query', example, 'events where agnt = nsa']);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    [
      'storydata query: column 14: unknown field "agnt" for events; did you mean "agent"?',
      '  events where agnt = nsa',
      '               ^',
      '',
    ].join('\n'),
  );
  assert.equal(run(['query', example, 'events where kind = espionnage']).status, 2);
});

test('an invalid story exits 1 and says why; usage errors exit 2', () => {
  const invalid = `${invalidDir}/SD013-unknown-enum-value.json`;
  const r = run(['query', invalid, 'actors']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /SD013/);
  assert.equal(run(['query', example]).status, 2); // no query
  assert.equal(run(['query', '--format', 'sarif', example, 'actors']).status, 2);
  assert.equal(run(['query', 'no/such.json', 'actors']).status, 2);
  const help = run(['query', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: storydata query \[options\] PATH\.\.\. QUERY\n/);
});
