// SPDX-License-Identifier: Apache-2.0
// The package's API end to end, under Node, through `import { load } from 'storydata'`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QueryError, StoryError, queryValue } from 'storydata';
import { exampleStory, read, sd } from './support.mjs';

const pkg = JSON.parse(read('wasm/package.json'));

test('versions: the package is the SDK it wraps', () => {
  assert.equal(sd.version, pkg.version);
  const schema = JSON.parse(read('schema/story.schema.json'));
  assert.equal(sd.schemaVersion, schema.$id.split(':').at(-1)); // "urn:storydata:schema:story:1.1"
  assert.deepEqual(sd.jsonSchema(), schema);
});

test('a story can be text, UTF-8 bytes or an object', () => {
  const bytes = new TextEncoder().encode(exampleStory);
  const object = JSON.parse(exampleStory);
  for (const input of [exampleStory, bytes, object])
    assert.deepEqual(sd.validate(input), { ok: true, diagnostics: [] });
  assert.throws(() => sd.validate(42), TypeError);
});

test('parse returns the story as an object, format the canonical text', () => {
  const { ok, story, diagnostics } = sd.parse(exampleStory);
  assert.equal(ok, true);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(story, JSON.parse(exampleStory));
  assert.equal(sd.format(story), exampleStory);
});

test('diagnostics are plain objects with a location and a hint', () => {
  const broken = sd.validate(read('tests/fixtures/invalid/SD210-unresolved-reference.json'));
  assert.equal(broken.ok, false);
  assert.deepEqual(broken.diagnostics, [
    {
      severity: 'error',
      code: 'SD210',
      pointer: '/events/0/participants/0/actor',
      line: 81,
      column: 20,
      message: 'no actor has the id "south-koera"',
      hint: 'did you mean `south-korea`?',
    },
  ]);
  const parsed = sd.parse('{"storydata": "1.0", "id": "s", "article": {"headline": 1}}');
  assert.equal(parsed.story, null);
  assert.equal(parsed.diagnostics[0].code, 'SD010');
  assert.throws(
    () => sd.format('{'),
    (e) => e instanceof StoryError && e.diagnostics[0].code === 'SD001',
  );
});

test('query answers in rows, and a malformed query says at which column', () => {
  const { form, count, rows } = sd.query(exampleStory, 'events where agent = south-korea and target = us');
  assert.equal(form, 'events');
  assert.equal(count, 1);
  assert.equal(rows[0].id, 'sk-espionage-on-us');
  assert.throws(
    () => sd.query(exampleStory, 'events where agnt = nsa'),
    (e) => e instanceof QueryError && e.column === 14 && /did you mean "agent"/.test(e.message),
  );
  assert.throws(() => sd.query('{}', 'actors'), StoryError);
});

test('the network: every actor with its centrality, every typed edge', () => {
  const { nodes, edges } = sd.network(exampleStory);
  assert.equal(nodes.length, JSON.parse(exampleStory).actors.length);
  const nsa = nodes.find((n) => n.id === 'nsa');
  assert.equal(nsa.kind, 'agency');
  assert.ok(nsa.degree >= 5);
  assert.ok(
    edges.some(
      (e) =>
        e.from === 'south-korea' &&
        e.to === 'united-states' &&
        e.kind === 'espionage' &&
        e.role === 'target' &&
        e.source === 'event',
    ),
  );
  assert.ok(edges.some((e) => e.kind === 'adversary' && e.symmetric && e.role === null));
  const ranked = [...nodes].sort((a, b) => b.betweenness - a.betweenness);
  assert.ok(ranked[0].betweenness > 0);
  const ego = sd.egoNetwork(exampleStory, 'nsa', 1);
  assert.deepEqual(ego.nodes.map((n) => n.id).sort(), [
    'michael-rogers',
    'nsa',
    'nsa-document',
    'nsa-employee',
    'south-korea',
    'us-government',
  ]);
  assert.ok(ego.edges.every((e) => ego.nodes.some((n) => n.id === e.from)));
  assert.throws(() => sd.egoNetwork(exampleStory, 'nobody'), QueryError);
});

test('typed calls: path, neighbours, timeline, provenance', () => {
  assert.deepEqual(
    sd.path(exampleStory, 'south-korea', 'Sony Pictures').map((r) => r.actor),
    ['south-korea', 'north-korea', 'sony-pictures'],
  );
  assert.equal(sd.neighbours(exampleStory, 'nsa').length, 6);
  assert.deepEqual(
    sd.timeline(exampleStory, { during: '2010/2015', involving: ['north-korea'] }).map((r) => r.id),
    ['us-intrusion-north-korea', 'sony-cyberattack', 'us-blames-north-korea'],
  );
  assert.deepEqual(
    sd.timeline(exampleStory, { during: '2014' }).map((r) => r.id),
    ['us-intrusion-north-korea', 'sony-cyberattack', 'us-blames-north-korea'],
  );
  const chains = sd.provenance(exampleStory, 'nsa-document');
  assert.deepEqual(
    chains.filter((r) => r.chain === 0).map((r) => r.source),
    ['article', 'der-spiegel-publication', 'snowden-cache', 'nsa-document'],
  );
  assert.throws(() => sd.path(exampleStory, "it's", 'us'), QueryError);
});

test('typed calls take any name: quotes and backslashes are escaped, not refused', () => {
  assert.equal(queryValue(`O'Brien \\ "x"`), `'O\\'Brien \\\\ "x"'`);
  assert.equal(queryValue(2014), "'2014'");
  const name = 'The "Quiet" Men\'s Club \\ Eastmere';
  const story = {
    storydata: '1.0',
    id: 'quotes',
    article: { headline: 'A fictional club meets the mayor', body: [] },
    actors: [
      { id: 'club', kind: 'group', name },
      { id: 'mayor', kind: 'person', name: 'Mayor' },
    ],
    events: [
      {
        id: 'meeting',
        kind: 'meeting',
        summary: 'The club met the mayor.',
        attribution: { certainty: 'stated' },
        participants: [
          { actor: 'club', role: 'agent' },
          { actor: 'mayor', role: 'audience' },
        ],
      },
    ],
  };
  assert.deepEqual(
    sd.neighbours(story, name).map((r) => r.actor),
    ['mayor'],
  );
  assert.deepEqual(
    sd.path(story, name, 'Mayor').map((r) => r.actor),
    ['club', 'mayor'],
  );
});

test('highlights slice JavaScript strings at the marked text', () => {
  const story = JSON.parse(exampleStory);
  const highlights = sd.highlights(story);
  assert.ok(highlights.length > 100);
  for (const h of highlights.filter((x) => x.type === 'actor')) {
    const actor = story.actors.find((a) => a.id === h.id);
    const mention = actor.mentions.find((m) => m.paragraph === h.paragraph && m.start === h.start);
    const text = story.article.body[h.paragraph].slice(h.utf16Start, h.utf16End);
    if (mention.text !== undefined) assert.equal(text, mention.text);
  }
  // Astral code points count once in the story and twice in JavaScript.
  const astral = {
    storydata: '1.0',
    id: 's',
    article: { headline: 'h', body: ['𝕏 met Seoul.'] },
    actors: [
      { id: 'seoul', kind: 'location', name: 'Seoul', mentions: [{ paragraph: 0, start: 6, end: 11 }] },
    ],
  };
  const [h] = sd.highlights(astral);
  assert.deepEqual([h.start, h.end, h.utf16Start, h.utf16End], [6, 11, 7, 12]);
  assert.equal(astral.article.body[0].slice(h.utf16Start, h.utf16End), 'Seoul');
});

test('convert: the formats, and the story format round trip', () => {
  const formats = sd.formats();
  assert.ok(formats.some((f) => f.name === 'story' && f.canImport && f.canExport));
  const result = sd.convert(exampleStory, { from: 'story', to: 'story' });
  assert.equal(result.ok, true);
  assert.equal(result.output, exampleStory);
  assert.throws(() => sd.convert(exampleStory, { to: 'nope' }), TypeError);
  // An imported story is checked like any other, as `storydata convert` does: the import's
  // losses point into the input, the story's problems into the story.
  const bundle = read('tests/fixtures/stix2.1/example-indicator-to-campaign.json');
  const imported = sd.convert(bundle, { to: 'story' });
  assert.equal(imported.ok, true);
  assert.equal(JSON.parse(imported.output).storydata, sd.schemaVersion); // what this SDK writes
  assert.deepEqual(
    imported.diagnostics.map((d) => d.code),
    ['SD311', 'SD311', 'SD312', 'SD260'],
  );
  // As every other call, it takes the document as an object or as UTF-8 bytes too.
  for (const input of [JSON.parse(bundle), new TextEncoder().encode(bundle)]) {
    const again = sd.convert(input, { to: 'story' });
    assert.equal(again.output, imported.output);
    assert.deepEqual(
      again.diagnostics.map((d) => d.code),
      ['SD311', 'SD311', 'SD312', 'SD260'],
    );
  }
  for (const f of formats.filter((x) => x.canExport && x.name !== 'story')) {
    const exported = sd.convert(exampleStory, { from: 'story', to: f.name });
    assert.equal(exported.ok, true, f.name);
    assert.ok(exported.output.length > 0, f.name);
    assert.ok(
      exported.diagnostics.every((d) => d.code.startsWith('SD3')),
      f.name,
    );
  }
});
