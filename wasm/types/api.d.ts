// TypeScript declarations of the plain data the npm package returns: the network, highlights,
// formats. Generated from the C++ types; do not edit: run scripts/generate.sh.

import type { ActorKind, Certainty, Role, TextPart } from './story.js';

/**
 * What an edge of the actor network comes from.
 * - `event`: An event: from a doer to another participant.
 * - `relation`: A relation: from subject to object.
 */
export type EdgeSource =
  | 'event'
  | 'relation';

/**
 * What a highlighted span marks.
 * - `actor`: A mention of an actor.
 * - `event`: Evidence of an event.
 * - `claim`: Evidence of a claim.
 * - `relation`: Evidence of a relation.
 */
export type HighlightType =
  | 'actor'
  | 'event'
  | 'claim'
  | 'relation';

/**
 * An actor of the network, with how well connected it is.
 */
export interface NetworkNode {
  /**
   * The actor's id.
   */
  id: string;
  /**
   * The id of its story.
   */
  story: string;
  /**
   * Its name.
   */
  name: string;
  /**
   * What kind of actor it is.
   */
  kind: ActorKind;
  /**
   * How many distinct actors it shares an edge with.
   */
  degree: number;
  /**
   * Betweenness centrality (Brandes; edges taken both ways).
   */
  betweenness: number;
  /**
   * Its connected component, the largest first.
   */
  component: number;
}

/**
 * A typed edge of the network.
 */
export interface NetworkEdge {
  /**
   * The actor it starts at.
   */
  from: string;
  /**
   * The actor it ends at.
   */
  to: string;
  /**
   * The id of the event or relation it comes from.
   */
  via: string;
  /**
   * Whether `via` is an event or a relation.
   */
  source: EdgeSource;
  /**
   * The event's or relation's kind ("espionage", "ally").
   */
  kind: string;
  /**
   * For an event: the role of `to` ("target"); null for a relation.
   */
  role: Role | null;
  /**
   * How sure the story is of it.
   */
  certainty: Certainty;
  /**
   * ally, adversary, rival, cooperates_with: may be followed both ways.
   */
  symmetric: boolean;
}

/**
 * Actors with their centrality and the edges among them.
 */
export interface Network {
  /**
   * The actors.
   */
  nodes: NetworkNode[];
  /**
   * The edges among them.
   */
  edges: NetworkEdge[];
}

/**
 * A marked span of the article's text, and what it marks.
 */
export interface Highlight {
  /**
   * The headline, the standfirst or the body.
   */
  part: TextPart;
  /**
   * The paragraph of the body, from 0.
   */
  paragraph: number;
  /**
   * Where it starts, in code points.
   */
  start: number;
  /**
   * Where it ends (exclusive), in code points.
   */
  end: number;
  /**
   * Where it starts, in UTF-16 code units.
   */
  utf16Start: number;
  /**
   * Where it ends (exclusive), in UTF-16 code units.
   */
  utf16End: number;
  /**
   * "actor", "event", "claim" or "relation".
   */
  type: HighlightType;
  /**
   * The id of what it marks.
   */
  id: string;
}

/**
 * A format storydata converts from or to, and what it can do.
 */
export interface FormatInfo {
  /**
   * Its name, as `convert` takes it ("stix", "schema-org").
   */
  name: string;
  /**
   * One line on what it is.
   */
  description: string;
  /**
   * The extension of files written in it (".stix.json").
   */
  extension: string;
  /**
   * Whether stories can be read from it.
   */
  canImport: boolean;
  /**
   * Whether stories can be written in it.
   */
  canExport: boolean;
}

