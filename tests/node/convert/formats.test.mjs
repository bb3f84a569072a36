// SPDX-License-Identifier: Apache-2.0
// Every exporter's output read by the target format's own schema or a real consumer: ninjs by
// the IPTC schemas in ajv, schema.org JSON-LD by the jsonld processor (safe mode: no term may be
// dropped), GraphML and GEXF by graphology's parsers and a strict XML parser. The files come from
// `storydata convert` (STORYDATA_CLI, set by ctest), as a user would make them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = process.env.STORYDATA_CLI;
assert.ok(cli, 'STORYDATA_CLI must name the built storydata binary (ctest sets it)');

const example = 'schema/examples/south-korea-cyber-spying.story.json';
const read = (path) => readFileSync(root + path, 'utf8');

/** `storydata convert STORY --to FORMAT`: the exported text (losses go to stderr). */
function exported(format, story = example) {
  const result = spawnSync(cli, ['convert', story, '--to', format], { cwd: root, maxBuffer: 64 << 20 });
  assert.equal(result.status, 0, `convert --to ${format}: ${result.stderr}`);
  return result.stdout.toString('utf8');
}

const story = JSON.parse(read(example));

test('ninjs 2.2 and 3.1 exports are valid against the IPTC schemas', () => {
  const Ajv2020 = require('ajv/dist/2020').default;
  const addFormats = require('ajv-formats');
  for (const [format, schema] of [
    ['ninjs2', 'ninjs-schema_2.2.json'],
    ['ninjs3', 'ninjs-schema_3.1.json'],
  ]) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // The schemas $ref GeoJSON by URL; offline, a minimal GeoJSON object schema stands in.
    ajv.addSchema({
      $id: 'https://geojson.org/schema/GeoJSON.json',
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string' } },
    });
    const validate = ajv.compile(JSON.parse(read(`tests/fixtures/ninjs/${schema}`)));
    const item = JSON.parse(exported(format));
    assert.ok(validate(item), `${format}: ${ajv.errorsText(validate.errors)}`);
    // The schema is not vacuous: it rejects what ninjs forbids.
    assert.equal(validate({ ...item, uri: undefined }), false);
    assert.equal(validate({ ...item, unknownProperty: 1 }), false);
  }
});

test('schema.org JSON-LD expands without a remote context and without dropping a term', async () => {
  const jsonld = require('jsonld');
  const document = JSON.parse(exported('schema-org'));
  const documentLoader = async (url) => {
    throw new Error(`no remote documents in tests: ${url}`);
  };
  // safe mode makes every dropped term or relative IRI an error.
  const expanded = await jsonld.expand(document, { safe: true, documentLoader });
  const nodes = expanded[0]['@graph'] ?? expanded;
  assert.equal(nodes.length, document['@graph'].length);
  // Every property of every node survives, under its schema.org IRI.
  for (const node of document['@graph']) {
    const id = `urn:storydata:${story.id}${node['@id']}`;
    const out = nodes.find((n) => n['@id'] === id);
    assert.ok(out, `node ${id} is missing after expansion`);
    for (const key of Object.keys(node).filter((k) => !k.startsWith('@')))
      assert.ok(out[`https://schema.org/${key}`], `${id}: ${key} was dropped in expansion`);
    assert.equal(Object.keys(out).length, Object.keys(node).length);
  }
  const article = nodes.find((n) => n['@type']?.includes('https://schema.org/NewsArticle'));
  assert.equal(article['https://schema.org/headline'][0]['@value'], story.article.headline);
});

function strictXml(text) {
  const { DOMParser } = require('@xmldom/xmldom');
  const errors = [];
  const doc = new DOMParser({
    onError: (level, message) => errors.push(`${level}: ${message}`),
  }).parseFromString(text, 'text/xml');
  assert.deepEqual(errors, []);
  return doc;
}

const edgesOf = (text) => (text.match(/<edge /g) ?? []).length;

test('GraphML and GEXF exports are read by graphology with every node, edge and attribute', () => {
  const { MultiGraph } = require('graphology');
  const parsers = { graphml: require('graphology-graphml'), gexf: require('graphology-gexf') };
  for (const format of ['graphml', 'gexf']) {
    const text = exported(format);
    strictXml(text);
    const graph = parsers[format].parse(MultiGraph, text);
    assert.equal(graph.order, story.actors.length, format);
    assert.ok(edgesOf(text) > 0);
    assert.equal(graph.size, edgesOf(text), format);
    const korea = graph.getNodeAttributes('south-korea');
    assert.equal(korea.kind, 'country');
    assert.equal(korea.name ?? korea.label, 'South Korea');
    const first = graph.getEdgeAttributes('e0');
    assert.equal(first.kind, 'espionage');
    assert.equal(first.role, 'target');
    assert.equal(first.certainty, 'reported');
    assert.equal(first.via, 'sk-espionage-on-us');
    assert.equal(first.source, 'event');
    assert.deepEqual(graph.extremities('e0'), ['south-korea', 'united-states']);
    // Symmetric relations are undirected edges.
    const allies = graph.filterEdges((edge, attributes) => attributes.via === 'us-south-korea-allies');
    assert.equal(allies.length, 1);
    assert.equal(graph.isUndirected(allies[0]), true, `${format}: an alliance has no direction`);
  }
});
