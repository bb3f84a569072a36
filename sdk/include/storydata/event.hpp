// SPDX-License-Identifier: Apache-2.0
// What happened: typed events, who took part in which role, when, and how events connect.
#pragma once

#include <optional>
#include <storydata/actor.hpp>
#include <storydata/attribution.hpp>
#include <storydata/describe.hpp>
#include <storydata/extensions.hpp>
#include <storydata/id.hpp>
#include <storydata/mention.hpp>
#include <storydata/time.hpp>
#include <string>
#include <vector>

namespace storydata {

// Each kind's meaning beyond its name (roles, CAMEO code, tone, verb) is in kinds.hpp.
STORYDATA_ENUM(
    EventKind, "What kind of event this is.",
    (espionage, "Spying: collecting secret information on a target.")(
        cyberattack, "A destructive or disruptive attack on computer systems.")(
        intrusion, "Gaining or holding access to networks (\"sitting on U.S. networks\").")(
        leak, "Unauthorised release of confidential material.")(
        publication, "Publishing material: an article, a document, a film.")(
        disclosure, "Making something known that was secret (a revelation).")(
        statement, "Something said publicly.")(hearing, "A formal hearing or testimony.")(
        attribution, "Blaming an actor for an act (\"blame Pyongyang\").")(
        investigation,
        "An inquiry into what happened.")(retaliation,
                                          "An act in response to another, as reprisal.")(
        cooperation, "Working together: alliance, partnership, intelligence sharing.")(
        threat, "A threat of harm.")(sanction, "A penalty imposed by one actor on another.")(
        cancellation, "Calling off something planned.")(release,
                                                        "Releasing a product, film or report.")(
        meeting, "A meeting or summit.")(agreement, "A deal or treaty.")(arrest,
                                                                         "Detaining someone.")(
        military_action, "Use of armed force by a state: a strike, a battle, an offensive.")(
        protest, "A demonstration or protest.")(
        lawsuit, "Taking someone to court: a claim filed by a plaintiff against a defendant.")(
        ruling, "A court's or regulator's decision on a question before it.")(
        appeal, "Asking a higher court to overturn a decision.")(
        injunction, "A court order that stops or requires an act (\"blocked the law\").")(
        charge, "Formally accusing someone of a crime (an indictment).")(
        trial, "A criminal or civil trial.")(verdict,
                                             "A finding of guilty or not guilty, liable or not.")(
        sentence,
        "A punishment a court imposes.")(election,
                                         "An election: candidates running for an office or seats.")(
        vote, "A vote by a body or the public on a question (a bill, a referendum).")(
        result, "An announced result: of an election, a vote, a count.")(
        resignation, "Leaving an office or post.")(appointment,
                                                   "Naming someone to an office or post.")(
        enactment, "A law, regulation or policy adopted or brought into force.")(
        strike, "Workers stopping work in a dispute (a labour strike).")(
        attack, "An armed attack by a group or person: a bombing, a shooting, a raid.")(
        ceasefire, "Agreeing to stop fighting, for a time or for good.")(
        merger, "Two businesses or organisations becoming one.")(
        acquisition, "One business or organisation buying or taking over another.")(
        earnings, "A business reporting its results: revenue, profit, loss.")(
        layoff, "An employer cutting jobs.")(bankruptcy,
                                             "Insolvency: a filing for bankruptcy or a collapse.")(
        earthquake, "An earthquake or its aftershocks.")(flood, "A flood or flash flood.")(
        storm, "A storm: a cyclone, hurricane, typhoon, tornado or blizzard.")(
        wildfire, "A wildfire or bushfire.")(accident,
                                             "An accident: a crash, an explosion, a collapse.")(
        casualties, "People killed, injured or missing (a death toll).")(
        damage, "Destruction of buildings, land or property.")(rescue, "Saving people in danger.")(
        evacuation,
        "Moving people out of danger.")(outbreak,
                                        "An outbreak of disease: an epidemic, a cluster of cases.")(
        study, "A study or report that presents findings (research, a survey, an audit).")(
        crime, "A crime other than an armed attack: theft, fraud, corruption, murder.")(
        competition,
        "A match, race, contest or tournament.")(other, "Anything else; say what in `summary`."))

STORYDATA_ENUM(
    Role, "The part an actor plays in an event.",
    (agent, "Who does it.")(target, "Who or what it is done to.")(
        beneficiary, "Who gains from it.")(source, "Who or what provides information.")(
        publisher, "Who publishes.")(speaker, "Who speaks.")(audience, "Who is addressed.")(
        subject, "What it is about.")(instrument,
                                      "What is used to do it: a weapon, malware, a law.")(
        investigator, "Who investigates.")(accused, "Who is blamed.")(location,
                                                                      "Where it happens.")(
        plaintiff, "Who brings a case to court.")(defendant,
                                                  "Who a case, a charge or a trial is against.")(
        judge, "Who decides: a court, a judge, a regulator, a jury.")(
        candidate, "Who runs in an election or competes.")(winner, "Who wins.")(
        loser, "Who loses.")(victim, "Who is harmed: killed, injured, robbed, displaced.")(
        perpetrator, "Who commits an attack or a crime."))

/// An actor taking part in an event, in a role.
struct Participant {
  Ref<Actor> actor{};
  Role role = Role::agent;
  Extensions extensions{};

  bool operator==(const Participant&) const = default;
};
STORYDATA_STRUCT(Participant, "An actor taking part in an event, in a role.",
                 (actor, "The actor's id.", R"(["nsa"])")(role, "The part the actor plays.")(
                     extensions, "Producer-defined `x-` fields, preserved as they are."))

STORYDATA_ENUM(
    LinkKind, "How one event relates to another.",
    (responds_to, "This event is a response to the other.")(enables,
                                                            "This event made the other possible.")(
        causes, "This event caused the other.")(part_of,
                                                "This event is part of the other, larger one.")(
        follows, "This event comes after the other in a sequence.")(
        reveals,
        "This event made the other known.")(prevents,
                                            "This event stopped the other from happening.")(
        suspends, "This event put the other on hold (\"the ruling suspends the order\").")(
        invalidates, "This event annulled or overturned the other.")(
        hinders, "This event made the other harder, without stopping it.")(
        contradicts, "This event's account conflicts with the other's."))

struct Event;

/// A typed, directed link from one event to another.
struct EventLink {
  LinkKind kind = LinkKind::follows;
  Ref<Event> event{};
  Extensions extensions{};

  bool operator==(const EventLink&) const = default;
};
STORYDATA_STRUCT(EventLink, "A typed, directed link from this event to another.",
                 (kind, "How this event relates to the other.")(event, "The other event's id.",
                                                                R"(["cyberattack-2013"])")(
                     extensions, "Producer-defined `x-` fields, preserved as they are."))

STORYDATA_ENUM(EventStatus, "Whether the event took place.",
               (occurred, "It happened (the default).")(
                   ongoing, "It was still happening when the article was published.")(
                   planned, "It is planned or scheduled.")(expected, "It is expected to happen.")(
                   averted, "It nearly happened but did not (\"almost caused the cancellation\").")(
                   hypothetical, "It is discussed as a possibility.")(
                   suspended, "It began but is on hold (\"the order is suspended\").")(
                   provisional, "It happened, subject to confirmation (a provisional result).")(
                   conditional,
                   "It will happen only if something else does (\"if the court agrees\")."))

/// Something that happened (or nearly did), who took part, when, and on whose word.
struct Event {
  Id id{};
  EventKind kind = EventKind::other;
  std::string summary{};
  std::optional<EventStatus> status{};
  std::vector<Participant> participants{};
  std::optional<VagueTime> time{};
  std::optional<Ref<Actor>> place{};
  std::vector<EventLink> links{};
  Attribution attribution{};
  std::vector<Mention> evidence{};
  Extensions extensions{};

  bool operator==(const Event&) const = default;
};
STORYDATA_STRUCT(
    Event, "Something that happened (or nearly did): who took part, when, and on whose word.",
    (id, "Identifier, unique among the story's events.",
     R"(["spying-2010", "quake"])")(kind, "What kind of event this is.")(
        summary, "One sentence saying what happened.",
        R"(["South Korea spied on US officials from 2010 to 2014."])")(
        status, "Whether it took place; absent means it occurred.")(
        participants, "The actors involved and their roles.")(time, "When it happened.")(
        place, "Where it happened: the id of a country or location actor.",
        R"(["seoul"])")(links, "How it relates to other events (responds to, enables, ...).")(
        attribution, "According to whom it happened, and how sure the story is.")(
        evidence, "The spans of text that report it.")(
        extensions, "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
