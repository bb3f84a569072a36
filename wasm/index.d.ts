// SPDX-License-Identifier: Apache-2.0
// TypeScript declarations of the `storydata` JS API. The data it returns is declared in
// types/*.d.ts, generated from the C++ model and types: story documents, diagnostics, query rows,
// the network, highlights and formats.
import type { Story, ActorKind, Certainty, EventKind } from './types/story.js';
import type { Diagnostic } from './types/diagnostic.js';
import type { FormatInfo, Highlight, Network } from './types/api.js';
import type { ProvenanceRow, QueryRow, StepRow, TimelineRow } from './types/query.js';

export type * from './types/story.js';
export type * from './types/diagnostic.js';
export type * from './types/query.js';
export type * from './types/api.js';

/** A story as JSON text, as UTF-8 bytes, or as an object (which is serialized first). */
export type StoryInput = string | Uint8Array | Story;

export interface ValidationResult {
  /** No errors (warnings and infos allowed). */
  ok: boolean;
  diagnostics: Diagnostic[];
}

export interface ParseResult extends ValidationResult {
  /** The story as read (canonical: defaults filled in), or null when it has errors. */
  story: Story | null;
}

export interface QueryResult {
  /** What the query asked for: "events", "actors", "path", ... */
  form: string;
  count: number;
  rows: QueryRow[];
}

export interface ConversionResult {
  ok: boolean;
  /** The converted document (story JSON when converting to "story"); "" when not ok. */
  output: string;
  /** The loss report (SD3xx) and, for a story imported from another format, its validation
   * problems: import diagnostics point into the input, the others into the story. */
  diagnostics: Diagnostic[];
}

export interface TimelineOptions {
  /** Only events that may overlap this time: "2014", "2010/2015" (a range), "2014-11". */
  during?: string;
  /** Only events in which one of these actors (ids, QIDs or names) takes part. */
  involving?: string[];
}

/** Thrown when a story given to a query, network, highlights... call is not valid. */
export class StoryError extends Error {
  readonly diagnostics: Diagnostic[];
}

/** Thrown for a malformed query, or one naming an unknown field, value or actor. */
export class QueryError extends Error {
  /** 1-based column, in code points, of the offending token. */
  readonly column: number;
}

export interface Storydata {
  /** The SDK version ("0.1.0"). */
  readonly version: string;
  /** The schema version this SDK writes ("1.0"). */
  readonly schemaVersion: string;

  /** The JSON Schema (2020-12) of story documents. */
  jsonSchema(): object;
  /** Decodes a story: structural checks only. */
  parse(input: StoryInput): ParseResult;
  /** Structure and semantic rules, as `storydata validate` reports them. */
  validate(input: StoryInput): ValidationResult;
  /** The story as canonical JSON (as `storydata fmt` writes it). Throws StoryError. */
  format(input: StoryInput): string;

  /** Runs a query in the query language (docs/query.md). Throws StoryError or QueryError. */
  query(input: StoryInput, query: string): QueryResult;
  /** The actor network: every actor and every edge. Throws StoryError. */
  network(input: StoryInput): Network;
  /** Actors within `hops` edges of an actor (either direction), and the edges among them. */
  egoNetwork(input: StoryInput, actor: string, hops?: number): Network;
  /** A shortest path between two actors ([] when there is none). */
  path(input: StoryInput, from: string, to: string): StepRow[];
  /** Every edge at an actor, with the actor at the other end. */
  neighbours(input: StoryInput, actor: string): StepRow[];
  /** Events in timeline order, with the days they may cover. */
  timeline(input: StoryInput, options?: TimelineOptions): TimelineRow[];
  /** The chains of sources an event, claim, relation or source comes from. */
  provenance(input: StoryInput, id: string): ProvenanceRow[];
  /** Every span the story marks in its article, in text order. Throws StoryError. */
  highlights(input: StoryInput): Highlight[];

  /** The formats `convert` reads and writes. */
  formats(): FormatInfo[];
  /** Converts between formats ("story", "stix", "timelinejs", ...); see docs/convert.md. */
  convert(input: string | Uint8Array | object, options: { from?: string; to: string }): ConversionResult;
}

export interface LoadOptions {
  /**
   * Where the .wasm file is, or its bytes, or a compiled module. By default the file beside this
   * module (bundlers such as Vite pick it up), read from disk under Node.
   */
  wasm?: string | URL | ArrayBuffer | Uint8Array | WebAssembly.Module;
}

/**
 * A value written for the query language: quoted, with its backslashes and quotes escaped, so
 * that any name is one value (`queryValue("O'Brien")` is `'O\\'Brien'`).
 */
export function queryValue(value: string | number): string;

/** Why `load()` failed: the .wasm file could not be read, fetched or compiled. */
export class LoadError extends Error {
  /** Where the module was looked for. */
  readonly url: string;
}

/**
 * Loads the WebAssembly module once per call; keep the returned object and reuse it. Rejects
 * with a LoadError when the module cannot be fetched or compiled.
 */
export function load(options?: LoadOptions): Promise<Storydata>;

export type { ActorKind, Certainty, EventKind };
