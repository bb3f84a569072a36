// TypeScript declarations of story documents, schema version 1.1.
// Generated from the C++ model (sdk/include/storydata/); do not edit: run scripts/generate.sh.

/**
 * A news story as data: the article, its actors, events, relations, claims and sources.
 */
export interface Story {
  /**
   * The JSON Schema that editors read for completion and hover docs: the URL or path of `story.schema.json`. Kept as it is, and otherwise ignored.
   */
  $schema?: string;
  /**
   * The schema version the document follows, "MAJOR.MINOR". Format: a schema version this SDK reads: 1.x.
   */
  storydata: string;
  /**
   * Identifier of the story. Format: an id (letters, digits, '.', '_', ':', '-').
   */
  id: string;
  /**
   * The article the story is drawn from.
   */
  article: Article;
  /**
   * Everyone and everything that takes part.
   */
  actors?: Actor[];
  /**
   * What happened.
   */
  events?: Event[];
  /**
   * Lasting relations between actors.
   */
  relations?: Relation[];
  /**
   * Who said what.
   */
  claims?: Claim[];
  /**
   * The numbers it reports: tolls, results, magnitudes, sums.
   */
  quantities?: Quantity[];
  /**
   * Where the information comes from.
   */
  sources?: Source[];
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * The news article the story is drawn from.
 */
export interface Article {
  /**
   * The headline.
   */
  headline: string;
  /**
   * The standfirst (dek): the summary under the headline.
   */
  standfirst?: string;
  /**
   * The actor that published it (a `media` actor). (the id of an Actor)
   */
  publisher?: string;
  /**
   * The actors who wrote it. (the id of an Actor)
   */
  authors?: string[];
  /**
   * Publication date. Format: a date: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  published?: string;
  /**
   * Date of the last update. Format: a date: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  modified?: string;
  /**
   * BCP 47 language tag ("en", "ko").
   */
  language?: string;
  /**
   * The section it ran in ("Cybersecurity").
   */
  section?: string;
  /**
   * Where it is published.
   */
  url?: string;
  /**
   * The body as paragraphs of plain text; mentions point into these by index.
   */
  body?: string[];
  /**
   * The sources the article itself draws on, and how.
   */
  derived_from?: Derivation[];
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * One step of provenance: derived from an earlier source.
 */
export interface Derivation {
  /**
   * The earlier source. (the id of a Source)
   */
  source: string;
  /**
   * How it derives from it.
   */
  kind: DerivationKind;
  /**
   * The actor who did it (the leaker, the publisher). (the id of an Actor)
   */
  by?: string;
  /**
   * When it happened.
   */
  time?: VagueTime;
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * How a source came from an earlier one (after W3C PROV).
 * - `part_of`: It is part of the earlier source (a document in a cache).
 * - `leaked`: It was leaked from the earlier source.
 * - `published`: It publishes the earlier source's content.
 * - `reported`: It reports on the earlier source.
 * - `quoted`: It quotes the earlier source.
 * - `translated`: It translates the earlier source.
 * - `obtained`: It was obtained from the earlier source (by request, by seizure).
 */
export type DerivationKind =
  | 'part_of'
  | 'leaked'
  | 'published'
  | 'reported'
  | 'quoted'
  | 'translated'
  | 'obtained';

/**
 * When something happened, as precisely as the story knows it. A point (`start` alone), a span (`start` and `end`, or `start` and `ongoing`), or a window when only bounds are known (`not_before`, `not_after`).
 */
export interface VagueTime {
  /**
   * When it happened or began. Format: a date: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  start?: string;
  /**
   * When it ended, for things that lasted. Format: a date: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  end?: string;
  /**
   * Still going on when the article was published ("since 2010").
   */
  ongoing?: boolean;
  /**
   * Earliest possible date, when the exact date is unknown. Format: a date: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  not_before?: string;
  /**
   * Latest possible date, when the exact date is unknown ("before 2015"). Format: a date: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  not_after?: string;
  /**
   * The dates are approximate ("around 2010", "in recent years").
   */
  approximate?: boolean;
  /**
   * The article's own wording, for display ("in recent years").
   */
  label?: string;
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * A person, organisation, country, document or work that takes part in the story.
 */
export interface Actor {
  /**
   * Identifier, unique among the story's actors ("south-korea"). Format: an id (letters, digits, '.', '_', ':', '-').
   */
  id: string;
  /**
   * What kind of actor this is.
   */
  kind: ActorKind;
  /**
   * The name to display ("South Korea").
   */
  name: string;
  /**
   * Other names and forms the article uses ("Seoul", "ROK").
   */
  aliases?: string[];
  /**
   * A short description ("former government contractor").
   */
  description?: string;
  /**
   * Identifiers in other systems, by scheme: `wikidata` (a QID such as "Q884"), `stix` (a STIX 2.1 id), `isni`, `url`, ...
   */
  identifiers?: Record<string, string>;
  /**
   * For a place, the place it lies in: a town within its county, a county within its province. A country or location actor. (the id of an Actor)
   */
  within?: string;
  /**
   * Where the article mentions this actor.
   */
  mentions?: Mention[];
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * What kind of actor this is.
 * - `person`: A named individual.
 * - `organization`: An organisation of another kind.
 * - `government`: A national or local government as a whole.
 * - `agency`: A government agency or department ("NSA").
 * - `legislature`: A parliament or one of its chambers or committees.
 * - `country`: A country or state acting as a whole ("South Korea").
 * - `company`: A business.
 * - `media`: A news organisation or outlet.
 * - `group`: A group of people or an unnamed collective ("hackers").
 * - `anonymous_source`: A person the article does not name ("an NSA employee").
 * - `document`: A document, file or record ("an NSA document").
 * - `creative_work`: A film, book, show or other work ("The Interview").
 * - `location`: A place that is not a country: a region, a city, a building.
 * - `court`: A court or tribunal.
 * - `party`: A political party.
 * - `armed_group`: A non-state armed group: a militia, a rebel or terrorist group.
 * - `software`: A program, system or piece of malware ("Destover").
 * - `law`: A law, treaty, regulation, ruling or policy ("the Patriot Act").
 * - `other`: Anything else; say what in `description`.
 */
export type ActorKind =
  | 'person'
  | 'organization'
  | 'government'
  | 'agency'
  | 'legislature'
  | 'country'
  | 'company'
  | 'media'
  | 'group'
  | 'anonymous_source'
  | 'document'
  | 'creative_work'
  | 'location'
  | 'court'
  | 'party'
  | 'armed_group'
  | 'software'
  | 'law'
  | 'other';

/**
 * A span of article text: the headline, the standfirst or a paragraph of `article.body`, and a code-point range in it.
 */
export interface Mention {
  /**
   * Where the span is: `headline`, `standfirst` or, when absent, the body.
   */
  part?: TextPart;
  /**
   * Index of the paragraph in `article.body`, from 0; 0 for the headline and standfirst.
   */
  paragraph: number;
  /**
   * First code point of the span, from 0.
   */
  start: number;
  /**
   * Code point just after the span (exclusive), so `end - start` is its length.
   */
  end: number;
  /**
   * The spanned text, as a check that the span still points where it should.
   */
  text?: string;
  /**
   * For an actor's mention, how it refers to the actor; absent means by name. Only names are checked against the actor's name and aliases (SD234).
   */
  form?: MentionForm;
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * The part of the article a span is in.
 * - `headline`: The headline (`paragraph` is 0).
 * - `standfirst`: The standfirst (`paragraph` is 0).
 * - `body`: A paragraph of the body: the default.
 */
export type TextPart =
  | 'headline'
  | 'standfirst'
  | 'body';

/**
 * How a mention refers to its actor.
 * - `name`: By a name or an alias ("Kim Jong-un", "Pyongyang"): the default.
 * - `nominal`: By a description ("the judge", "the company").
 * - `pronoun`: By a pronoun ("he", "they", "its").
 * - `quantified`: As part of a number ("two of the hackers").
 */
export type MentionForm =
  | 'name'
  | 'nominal'
  | 'pronoun'
  | 'quantified';

/**
 * Something that happened (or nearly did): who took part, when, and on whose word.
 */
export interface Event {
  /**
   * Identifier, unique among the story's events. Format: an id (letters, digits, '.', '_', ':', '-').
   */
  id: string;
  /**
   * What kind of event this is.
   */
  kind: EventKind;
  /**
   * One sentence saying what happened.
   */
  summary: string;
  /**
   * Whether it took place; absent means it occurred.
   */
  status?: EventStatus;
  /**
   * The actors involved and their roles.
   */
  participants?: Participant[];
  /**
   * When it happened.
   */
  time?: VagueTime;
  /**
   * Where it happened: the id of a country or location actor. (the id of an Actor)
   */
  place?: string;
  /**
   * How it relates to other events (responds to, enables, ...).
   */
  links?: EventLink[];
  /**
   * According to whom it happened, and how sure the story is.
   */
  attribution: Attribution;
  /**
   * The spans of text that report it.
   */
  evidence?: Mention[];
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * What kind of event this is.
 * - `espionage`: Spying: collecting secret information on a target.
 * - `cyberattack`: A destructive or disruptive attack on computer systems.
 * - `intrusion`: Gaining or holding access to networks ("sitting on U.S. networks").
 * - `leak`: Unauthorised release of confidential material.
 * - `publication`: Publishing material: an article, a document, a film.
 * - `disclosure`: Making something known that was secret (a revelation).
 * - `statement`: Something said publicly.
 * - `hearing`: A formal hearing or testimony.
 * - `attribution`: Blaming an actor for an act ("blame Pyongyang").
 * - `investigation`: An inquiry into what happened.
 * - `retaliation`: An act in response to another, as reprisal.
 * - `cooperation`: Working together: alliance, partnership, intelligence sharing.
 * - `threat`: A threat of harm.
 * - `sanction`: A penalty imposed by one actor on another.
 * - `cancellation`: Calling off something planned.
 * - `release`: Releasing a product, film or report.
 * - `meeting`: A meeting or summit.
 * - `agreement`: A deal or treaty.
 * - `arrest`: Detaining someone.
 * - `military_action`: Use of armed force by a state: a strike, a battle, an offensive.
 * - `protest`: A demonstration or protest.
 * - `lawsuit`: Taking someone to court: a claim filed by a plaintiff against a defendant.
 * - `ruling`: A court's or regulator's decision on a question before it.
 * - `appeal`: Asking a higher court to overturn a decision.
 * - `injunction`: A court order that stops or requires an act ("blocked the law").
 * - `charge`: Formally accusing someone of a crime (an indictment).
 * - `trial`: A criminal or civil trial.
 * - `verdict`: A finding of guilty or not guilty, liable or not.
 * - `sentence`: A punishment a court imposes.
 * - `election`: An election: candidates running for an office or seats.
 * - `vote`: A vote by a body or the public on a question (a bill, a referendum).
 * - `result`: An announced result: of an election, a vote, a count.
 * - `resignation`: Leaving an office or post.
 * - `appointment`: Naming someone to an office or post.
 * - `enactment`: A law, regulation or policy adopted or brought into force.
 * - `strike`: Workers stopping work in a dispute (a labour strike).
 * - `attack`: An armed attack by a group or person: a bombing, a shooting, a raid.
 * - `ceasefire`: Agreeing to stop fighting, for a time or for good.
 * - `merger`: Two businesses or organisations becoming one.
 * - `acquisition`: One business or organisation buying or taking over another.
 * - `earnings`: A business reporting its results: revenue, profit, loss.
 * - `layoff`: An employer cutting jobs.
 * - `bankruptcy`: Insolvency: a filing for bankruptcy or a collapse.
 * - `earthquake`: An earthquake or its aftershocks.
 * - `flood`: A flood or flash flood.
 * - `storm`: A storm: a cyclone, hurricane, typhoon, tornado or blizzard.
 * - `wildfire`: A wildfire or bushfire.
 * - `accident`: An accident: a crash, an explosion, a collapse.
 * - `casualties`: People killed, injured or missing (a death toll).
 * - `damage`: Destruction of buildings, land or property.
 * - `rescue`: Saving people in danger.
 * - `evacuation`: Moving people out of danger.
 * - `outbreak`: An outbreak of disease: an epidemic, a cluster of cases.
 * - `study`: A study or report that presents findings (research, a survey, an audit).
 * - `crime`: A crime other than an armed attack: theft, fraud, corruption, murder.
 * - `competition`: A match, race, contest or tournament.
 * - `other`: Anything else; say what in `summary`.
 */
export type EventKind =
  | 'espionage'
  | 'cyberattack'
  | 'intrusion'
  | 'leak'
  | 'publication'
  | 'disclosure'
  | 'statement'
  | 'hearing'
  | 'attribution'
  | 'investigation'
  | 'retaliation'
  | 'cooperation'
  | 'threat'
  | 'sanction'
  | 'cancellation'
  | 'release'
  | 'meeting'
  | 'agreement'
  | 'arrest'
  | 'military_action'
  | 'protest'
  | 'lawsuit'
  | 'ruling'
  | 'appeal'
  | 'injunction'
  | 'charge'
  | 'trial'
  | 'verdict'
  | 'sentence'
  | 'election'
  | 'vote'
  | 'result'
  | 'resignation'
  | 'appointment'
  | 'enactment'
  | 'strike'
  | 'attack'
  | 'ceasefire'
  | 'merger'
  | 'acquisition'
  | 'earnings'
  | 'layoff'
  | 'bankruptcy'
  | 'earthquake'
  | 'flood'
  | 'storm'
  | 'wildfire'
  | 'accident'
  | 'casualties'
  | 'damage'
  | 'rescue'
  | 'evacuation'
  | 'outbreak'
  | 'study'
  | 'crime'
  | 'competition'
  | 'other';

/**
 * Whether the event took place.
 * - `occurred`: It happened (the default).
 * - `ongoing`: It was still happening when the article was published.
 * - `planned`: It is planned or scheduled.
 * - `expected`: It is expected to happen.
 * - `averted`: It nearly happened but did not ("almost caused the cancellation").
 * - `hypothetical`: It is discussed as a possibility.
 * - `suspended`: It began but is on hold ("the order is suspended").
 * - `provisional`: It happened, subject to confirmation (a provisional result).
 * - `conditional`: It will happen only if something else does ("if the court agrees").
 */
export type EventStatus =
  | 'occurred'
  | 'ongoing'
  | 'planned'
  | 'expected'
  | 'averted'
  | 'hypothetical'
  | 'suspended'
  | 'provisional'
  | 'conditional';

/**
 * An actor taking part in an event, in a role.
 */
export interface Participant {
  /**
   * The actor's id. (the id of an Actor)
   */
  actor: string;
  /**
   * The part the actor plays.
   */
  role: Role;
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * The part an actor plays in an event.
 * - `agent`: Who does it.
 * - `target`: Who or what it is done to.
 * - `beneficiary`: Who gains from it.
 * - `source`: Who or what provides information.
 * - `publisher`: Who publishes.
 * - `speaker`: Who speaks.
 * - `audience`: Who is addressed.
 * - `subject`: What it is about.
 * - `instrument`: What is used to do it: a weapon, malware, a law.
 * - `investigator`: Who investigates.
 * - `accused`: Who is blamed.
 * - `location`: Where it happens.
 * - `plaintiff`: Who brings a case to court.
 * - `defendant`: Who a case, a charge or a trial is against.
 * - `judge`: Who decides: a court, a judge, a regulator, a jury.
 * - `candidate`: Who runs in an election or competes.
 * - `winner`: Who wins.
 * - `loser`: Who loses.
 * - `victim`: Who is harmed: killed, injured, robbed, displaced.
 * - `perpetrator`: Who commits an attack or a crime.
 */
export type Role =
  | 'agent'
  | 'target'
  | 'beneficiary'
  | 'source'
  | 'publisher'
  | 'speaker'
  | 'audience'
  | 'subject'
  | 'instrument'
  | 'investigator'
  | 'accused'
  | 'location'
  | 'plaintiff'
  | 'defendant'
  | 'judge'
  | 'candidate'
  | 'winner'
  | 'loser'
  | 'victim'
  | 'perpetrator';

/**
 * A typed, directed link from this event to another.
 */
export interface EventLink {
  /**
   * How this event relates to the other.
   */
  kind: LinkKind;
  /**
   * The other event's id. (the id of an Event)
   */
  event: string;
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * How one event relates to another.
 * - `responds_to`: This event is a response to the other.
 * - `enables`: This event made the other possible.
 * - `causes`: This event caused the other.
 * - `part_of`: This event is part of the other, larger one.
 * - `follows`: This event comes after the other in a sequence.
 * - `reveals`: This event made the other known.
 * - `prevents`: This event stopped the other from happening.
 * - `suspends`: This event put the other on hold ("the ruling suspends the order").
 * - `invalidates`: This event annulled or overturned the other.
 * - `hinders`: This event made the other harder, without stopping it.
 * - `contradicts`: This event's account conflicts with the other's.
 */
export type LinkKind =
  | 'responds_to'
  | 'enables'
  | 'causes'
  | 'part_of'
  | 'follows'
  | 'reveals'
  | 'prevents'
  | 'suspends'
  | 'invalidates'
  | 'hinders'
  | 'contradicts';

/**
 * According to whom something is said, and how sure the story is of it.
 */
export interface Attribution {
  /**
   * How firmly the story holds it to be true.
   */
  certainty: Certainty;
  /**
   * The actors or sources it is attributed to; empty when the article itself says it, or when nobody is named ("it's widely believed"). (the id of an Actor or a Source)
   */
  according_to?: string[];
  /**
   * The article's hedging words, verbatim ("according to a newly disclosed").
   */
  wording?: string;
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * How firmly the story holds something to be true, from least to most certain.
 * - `denied`: Denied by a party the story names.
 * - `disputed`: Contested: sources disagree.
 * - `suspected`: Suspected or called likely, with little support ("likely Iran").
 * - `alleged`: Asserted by a party, not established ("blamed Pyongyang").
 * - `believed`: Widely believed, without a named source ("it's widely believed").
 * - `reported`: Reported by a named source, such as a document or another outlet.
 * - `confirmed`: Acknowledged by the party concerned or officially confirmed.
 * - `stated`: Stated as fact by the article itself.
 */
export type Certainty =
  | 'denied'
  | 'disputed'
  | 'suspected'
  | 'alleged'
  | 'believed'
  | 'reported'
  | 'confirmed'
  | 'stated';

/**
 * A relation between two actors that holds over time.
 */
export interface Relation {
  /**
   * Identifier, unique among the story's relations. Format: an id (letters, digits, '.', '_', ':', '-').
   */
  id: string;
  /**
   * How the two are related.
   */
  kind: RelationKind;
  /**
   * The actor the relation starts from. (the id of an Actor)
   */
  subject: string;
  /**
   * The actor it points to. (the id of an Actor)
   */
  object: string;
  /**
   * The article's wording of the relation ("NSA Director", "long-time allies").
   */
  label?: string;
  /**
   * When the relation holds; absent means at the time of the story.
   */
  time?: VagueTime;
  /**
   * According to whom it holds, and how sure the story is.
   */
  attribution: Attribution;
  /**
   * The spans of text that state it.
   */
  evidence?: Mention[];
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * How two actors are related. `ally`, `adversary`, `rival` and `cooperates_with` are symmetric; the others read "subject <kind> object".
 * - `ally`: Allies.
 * - `adversary`: Adversaries or enemies.
 * - `rival`: Rivals or in a contentious relationship.
 * - `cooperates_with`: Cooperate on some matter.
 * - `member_of`: The subject is a member or a part of the object.
 * - `leads`: The subject leads or directs the object.
 * - `employed_by`: The subject works, or worked, for the object.
 * - `owns`: The subject owns the object.
 * - `authored`: The subject wrote, made or produced the object.
 * - `depicts`: The subject (a work) depicts or is about the object.
 */
export type RelationKind =
  | 'ally'
  | 'adversary'
  | 'rival'
  | 'cooperates_with'
  | 'member_of'
  | 'leads'
  | 'employed_by'
  | 'owns'
  | 'authored'
  | 'depicts';

/**
 * A statement made by an actor, quoted verbatim or paraphrased.
 */
export interface Claim {
  /**
   * Identifier, unique among the story's claims. Format: an id (letters, digits, '.', '_', ':', '-').
   */
  id: string;
  /**
   * Who said it; may be an anonymous source. (the id of an Actor)
   */
  speaker: string;
  /**
   * Others who made the statement with the speaker (a joint statement; "both sides said"). (the id of an Actor)
   */
  also_by?: string[];
  /**
   * What was said: the exact words for a quote, else a paraphrase.
   */
  text: string;
  /**
   * `text` is a verbatim quotation.
   */
  quote?: boolean;
  /**
   * The actors it is about. (the id of an Actor)
   */
  about_actors?: string[];
  /**
   * The events it is about. (the id of an Event)
   */
  about_events?: string[];
  /**
   * How it relates to other claims: contradicts, agrees with, responds to.
   */
  links?: ClaimLink[];
  /**
   * When it was said.
   */
  time?: VagueTime;
  /**
   * According to whom it was said, and how sure the story is.
   */
  attribution: Attribution;
  /**
   * The spans of text that carry it.
   */
  evidence?: Mention[];
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * A typed, directed link from this claim to another.
 */
export interface ClaimLink {
  /**
   * How this claim relates to the other.
   */
  kind: ClaimLinkKind;
  /**
   * The other claim's id. (the id of a Claim)
   */
  claim: string;
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * How one claim relates to another.
 * - `contradicts`: This claim's account conflicts with the other's (the council's count against the commission's).
 * - `agrees_with`: This claim supports or repeats the other.
 * - `responds_to`: This claim answers the other (a denial, a rebuttal).
 */
export type ClaimLinkKind =
  | 'contradicts'
  | 'agrees_with'
  | 'responds_to';

/**
 * A number the story reports: how much, of what, when, and on whose word.
 */
export interface Quantity {
  /**
   * Identifier, unique among the story's quantities. Format: an id (letters, digits, '.', '_', ':', '-').
   */
  id: string;
  /**
   * What the number counts or measures.
   */
  measure: Measure;
  /**
   * The number (the lower end of a range).
   */
  value: number;
  /**
   * The upper end, for a range ("200 to 300"): not below `value`.
   */
  upper?: number;
  /**
   * How exact the number is; absent means exact.
   */
  qualifier?: Qualifier;
  /**
   * The unit, currency or what is counted, where `measure` needs one.
   */
  unit?: string;
  /**
   * The event the number is about (the earthquake whose toll it is). (the id of an Event)
   */
  event?: string;
  /**
   * The actor the number belongs to: a candidate's votes, a company's loss. (the id of an Actor)
   */
  of?: string;
  /**
   * When the number held ("had risen to 381 by Tuesday").
   */
  as_of?: VagueTime;
  /**
   * According to whom, and how sure the story is.
   */
  attribution: Attribution;
  /**
   * The spans of text that report it.
   */
  evidence?: Mention[];
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * What a quantity counts or measures.
 * - `deaths`: People killed.
 * - `injured`: People injured.
 * - `missing`: People missing.
 * - `displaced`: People forced from their homes.
 * - `affected`: People affected in another way; say how in `unit`.
 * - `arrests`: People arrested or detained.
 * - `votes`: Votes cast (for `of`, if given).
 * - `vote_share`: A share of the votes, in percent (for `of`, if given).
 * - `turnout`: The share of voters who voted, in percent.
 * - `seats`: Seats won or held (by `of`, if given).
 * - `magnitude`: An earthquake's magnitude (`unit` names the scale).
 * - `money`: A sum of money: `unit` is its ISO 4217 currency code ("USD").
 * - `percentage`: Another share, in percent; say of what in `unit`.
 * - `count`: A number of other things; say what in `unit` ("buildings").
 * - `measurement`: Another measurement; `unit` names the unit ("km", "mm").
 */
export type Measure =
  | 'deaths'
  | 'injured'
  | 'missing'
  | 'displaced'
  | 'affected'
  | 'arrests'
  | 'votes'
  | 'vote_share'
  | 'turnout'
  | 'seats'
  | 'magnitude'
  | 'money'
  | 'percentage'
  | 'count'
  | 'measurement';

/**
 * How exact a reported number is.
 * - `exact`: Exactly this (the default).
 * - `about`: About this ("some 300").
 * - `at_least`: At least this ("at least 381").
 * - `at_most`: At most this ("as many as five million", "up to").
 * - `more_than`: More than this.
 * - `fewer_than`: Fewer than this.
 */
export type Qualifier =
  | 'exact'
  | 'about'
  | 'at_least'
  | 'at_most'
  | 'more_than'
  | 'fewer_than';

/**
 * A document, publication or statement that information in the story comes from.
 */
export interface Source {
  /**
   * Identifier, unique among the story's sources. Format: an id (letters, digits, '.', '_', ':', '-').
   */
  id: string;
  /**
   * What kind of source it is.
   */
  kind: SourceKind;
  /**
   * A title or short description.
   */
  title: string;
  /**
   * The actor that stands for this source in the story, when it is one (a leaked document that is itself mentioned). (the id of an Actor)
   */
  actor?: string;
  /**
   * Who wrote or made it. (the id of an Actor)
   */
  authors?: string[];
  /**
   * Who published it. (the id of an Actor)
   */
  publisher?: string;
  /**
   * When it was made or published.
   */
  time?: VagueTime;
  /**
   * Where it can be found.
   */
  url?: string;
  /**
   * The earlier sources it comes from, and how.
   */
  derived_from?: Derivation[];
  /**
   * Fields of your own, kept through every round trip.
   */
  [extension: `x-${string}`]: unknown;
}

/**
 * What kind of source this is.
 * - `document`: A document or record.
 * - `collection`: A collection of documents, such as a leaked cache.
 * - `article`: A news article or report.
 * - `broadcast`: A broadcast or video.
 * - `statement`: An official statement or press release.
 * - `interview`: An interview.
 * - `testimony`: Testimony at a hearing or in court.
 * - `dataset`: A dataset.
 * - `social_post`: A post on a social network.
 * - `other`: Anything else.
 */
export type SourceKind =
  | 'document'
  | 'collection'
  | 'article'
  | 'broadcast'
  | 'statement'
  | 'interview'
  | 'testimony'
  | 'dataset'
  | 'social_post'
  | 'other';

