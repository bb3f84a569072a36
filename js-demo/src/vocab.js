// SPDX-License-Identifier: Apache-2.0
// How the page draws the story's vocabularies: colours of actor kinds, verbs and tones of edges,
// line styles of certainty. Presentation only; the values themselves come from the SDK.
import vocabulary from 'storydata/vocabulary.json';

export const actorKinds = {
  person: ['#1f77b4', 'circle'],
  organization: ['#8c564b', 'diamond'],
  government: ['#d62728', 'square'],
  agency: ['#9467bd', 'diamond'],
  legislature: ['#e377c2', 'square'],
  country: ['#2ca02c', 'square'],
  company: ['#ff7f0e', 'diamond'],
  media: ['#17becf', 'triangle'],
  group: ['#bcbd22', 'circle'],
  anonymous_source: ['#7f7f7f', 'circle'],
  document: ['#6b6ecf', 'triangle'],
  creative_work: ['#e7969c', 'triangle'],
  location: ['#637939', 'square'],
  court: ['#393b79', 'square'],
  party: ['#ad494a', 'diamond'],
  armed_group: ['#843c39', 'circle'],
  software: ['#3182bd', 'triangle'],
  law: ['#8c6d31', 'triangle'],
  other: ['#969696', 'circle'],
};
export const actorColour = (kind) => (actorKinds[kind] ?? actorKinds.other)[0];
export const actorShape = (kind) => (actorKinds[kind] ?? actorKinds.other)[1];

/** SVG path of a node symbol of radius r centred on 0,0. */
export function symbolPath(shape, r) {
  if (shape === 'square') return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
  if (shape === 'diamond') return `M0,${-r * 1.3}L${r * 1.3},0L0,${r * 1.3}L${-r * 1.3},0Z`;
  if (shape === 'triangle') return `M0,${-r * 1.3}L${r * 1.2},${r * 0.9}L${-r * 1.2},${r * 0.9}Z`;
  return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
}

// Verbs and tones are the SDK's (its kind traits, shipped as storydata/vocabulary.json).
const kinds = { ...vocabulary.event_kinds, ...vocabulary.relation_kinds };
/** "spies on", or for kinds without a verb "other (subject)". */
export const edgeVerb = (edge) =>
  kinds[edge.kind]?.verb || `${edge.kind.replaceAll('_', ' ')}${edge.role ? ` (${edge.role})` : ''}`;

export const edgeTones = vocabulary.tones;
export const edgeTone = (kind) => kinds[kind]?.tone ?? 'other';

/** Certainty drawn as line style: firm (solid), reported (long dashes), believed, alleged, contested. */
export const certaintyStyles = {
  stated: 'firm',
  confirmed: 'firm',
  reported: 'reported',
  believed: 'believed',
  alleged: 'alleged',
  suspected: 'alleged',
  disputed: 'contested',
  denied: 'contested',
};
