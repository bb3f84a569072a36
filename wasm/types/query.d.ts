// TypeScript declarations of query rows, as query() returns them.
// Generated from the C++ row records (sdk/src/query/records.hpp); do not edit: run scripts/generate.sh.

import type { ActorKind, Certainty, DerivationKind, EventKind, Measure, Qualifier, RelationKind, Role } from './story.js';

/**
 * How an edge is followed from an entity.
 * - `out`: From it to the other end.
 * - `in`: From the other end to it.
 * - `both`: Either way: a symmetric relation.
 */
export type Direction =
  | 'out'
  | 'in'
  | 'both';

/**
 * A participant of an event row.
 */
export interface ParticipantRow {
  /**
   * The actor's id.
   */
  actor: string;
  /**
   * The part it plays.
   */
  role: Role;
}

/**
 * An actor (`actors` queries).
 */
export interface ActorRow {
  type: 'actor';
  /**
   * The id of the story it is in.
   */
  story: string;
  /**
   * The actor's id.
   */
  id: string;
  /**
   * What kind of actor it is.
   */
  kind: ActorKind;
  /**
   * Its name.
   */
  name: string;
}

/**
 * An event (`events` queries).
 */
export interface EventRow {
  type: 'event';
  /**
   * The id of the story it is in.
   */
  story: string;
  /**
   * The event's id.
   */
  id: string;
  /**
   * What kind of event it is.
   */
  kind: EventKind;
  /**
   * When, as the story words it ("in recent years"), or null.
   */
  time: string | null;
  /**
   * How sure the story is of it.
   */
  certainty: Certainty;
  /**
   * Who takes part, in which role.
   */
  participants: ParticipantRow[];
  /**
   * What happened.
   */
  summary: string;
}

/**
 * A claim (`claims` queries).
 */
export interface ClaimRow {
  type: 'claim';
  /**
   * The id of the story it is in.
   */
  story: string;
  /**
   * The claim's id.
   */
  id: string;
  /**
   * The speaker's actor id.
   */
  speaker: string;
  /**
   * How sure the story is of it.
   */
  certainty: Certainty;
  /**
   * Whether the text is a verbatim quote.
   */
  quote: boolean;
  /**
   * What was said.
   */
  text: string;
}

/**
 * A relation (`relations` queries).
 */
export interface RelationRow {
  type: 'relation';
  /**
   * The id of the story it is in.
   */
  story: string;
  /**
   * The relation's id.
   */
  id: string;
  /**
   * How the two actors are related.
   */
  kind: RelationKind;
  /**
   * The subject's actor id.
   */
  subject: string;
  /**
   * The object's actor id.
   */
  object: string;
  /**
   * How sure the story is of it.
   */
  certainty: Certainty;
}

/**
 * An event on the timeline (`timeline` queries), in timeline order.
 */
export interface TimelineRow {
  type: 'timeline';
  /**
   * The id of the story it is in.
   */
  story: string;
  /**
   * The event's id.
   */
  id: string;
  /**
   * What kind of event it is.
   */
  kind: EventKind;
  /**
   * When, as the story words it.
   */
  time: string;
  /**
   * The first day it may cover (YYYY-MM-DD), or null for an open start.
   */
  first: string | null;
  /**
   * The last day it may cover (YYYY-MM-DD), or null for an open end.
   */
  last: string | null;
  /**
   * Whether the time is marked approximate.
   */
  approximate: boolean;
  /**
   * What happened.
   */
  summary: string;
}

/**
 * A step of a path or a neighbour (`path`, `neighbours`): the actor reached and how.
 */
export interface StepRow {
  type: 'step';
  /**
   * The id of the story the actor is in.
   */
  story: string;
  /**
   * The actor's id.
   */
  actor: string;
  /**
   * Its name.
   */
  name: string;
  /**
   * The event or relation followed, or null for the first step of a path.
   */
  via: string | null;
  /**
   * Its kind ("espionage", "ally"), or null.
   */
  edge: string | null;
  /**
   * For an event: the role of the actor at the edge's far end, else null.
   */
  role: Role | null;
  /**
   * How the edge was followed, or null.
   */
  direction: Direction | null;
  /**
   * How sure the story is of the edge, or null.
   */
  certainty: Certainty | null;
}

/**
 * A step of a provenance chain (`provenance` queries), from the article down.
 */
export interface ProvenanceRow {
  type: 'provenance';
  /**
   * The id of the story.
   */
  story: string;
  /**
   * Which chain, from 0.
   */
  chain: number;
  /**
   * The source's id, or "article" for the article itself.
   */
  source: string;
  /**
   * Its title, or the article's headline.
   */
  title: string;
  /**
   * How the step before derives from this one, or null.
   */
  derivation: DerivationKind | null;
  /**
   * Who derived it (an actor id), or null.
   */
  by: string | null;
  /**
   * When, as the story words it, or null.
   */
  time: string | null;
}

/**
 * A quantity (`quantities` queries).
 */
export interface QuantityRow {
  type: 'quantity';
  /**
   * The id of the story it is in.
   */
  story: string;
  /**
   * The quantity's id.
   */
  id: string;
  /**
   * What it counts or measures.
   */
  measure: Measure;
  /**
   * The number.
   */
  value: number;
  /**
   * The upper end of a range, or null.
   */
  upper: number | null;
  /**
   * How exact it is ("at_least"), or null for exact.
   */
  qualifier: Qualifier | null;
  /**
   * Its unit or currency, or null.
   */
  unit: string | null;
  /**
   * The id of the event it is about, or null.
   */
  event: string | null;
  /**
   * The id of the actor it belongs to, or null.
   */
  of: string | null;
  /**
   * How sure the story is of it.
   */
  certainty: Certainty;
}

/** A row of a query result: `type` says which. */
export type QueryRow =
  | ActorRow
  | EventRow
  | ClaimRow
  | RelationRow
  | TimelineRow
  | StepRow
  | ProvenanceRow
  | QuantityRow;
