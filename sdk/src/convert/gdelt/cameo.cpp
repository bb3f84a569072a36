// SPDX-License-Identifier: Apache-2.0
// The CAMEO table: every root code, and the base codes that matter to conflict, espionage and
// diplomacy stories.
#include "cameo.hpp"

#include <array>

namespace storydata::convert {
namespace {

struct CameoRow {
  std::string_view code;
  EventKind kind;
  bool exact;
  std::string_view description;
};

using K = EventKind;
constexpr std::array<CameoRow, 49> table{{
    {"01", K::statement, true, "Make public statement"},
    {"02", K::statement, false, "Appeal"},
    {"03", K::cooperation, false, "Express intent to cooperate"},
    {"036", K::meeting, false, "Express intent to meet or negotiate"},
    {"04", K::meeting, false, "Consult"},
    {"042", K::meeting, true, "Make a visit"},
    {"043", K::meeting, true, "Host a visit"},
    {"044", K::meeting, true, "Meet at a third location"},
    {"046", K::meeting, true, "Engage in negotiation"},
    {"05", K::cooperation, true, "Engage in diplomatic cooperation"},
    {"057", K::agreement, true, "Sign formal agreement"},
    {"06", K::cooperation, true, "Engage in material cooperation"},
    {"064", K::cooperation, true, "Share intelligence or information"},
    {"07", K::cooperation, false, "Provide aid"},
    {"08", K::other, false, "Yield"},
    {"087", K::ceasefire, false, "De-escalate military engagement"},
    {"0871", K::ceasefire, true, "Declare truce, ceasefire"},
    {"081", K::sanction, false, "Ease administrative sanctions"},
    {"09", K::investigation, true, "Investigate"},
    {"10", K::statement, false, "Demand"},
    {"11", K::statement, false, "Disapprove"},
    {"112", K::attribution, true, "Accuse"},
    {"1125", K::attribution, true, "Accuse of espionage, treason"},
    {"115", K::lawsuit, true, "Bring lawsuit against"},
    {"116", K::verdict, true, "Find guilty or liable (legally)"},
    {"12", K::statement, false, "Reject"},
    {"13", K::threat, true, "Threaten"},
    {"14", K::protest, true, "Protest"},
    {"143", K::strike, true, "Conduct strike or boycott"},
    {"15", K::threat, false, "Exhibit force posture"},
    {"16", K::sanction, false, "Reduce relations"},
    {"163", K::sanction, true, "Impose embargo, boycott, or sanctions"},
    {"17", K::other, false, "Coerce"},
    {"172", K::sanction, true, "Impose administrative sanctions"},
    {"173", K::arrest, true, "Arrest, detain, or charge with legal action"},
    {"176", K::cyberattack, true, "Attack cybernetically"},
    {"18", K::attack, true, "Assault"},
    {"19", K::military_action, true, "Fight"},
    {"20", K::attack, false, "Use unconventional mass violence"},
    {"0211", K::statement, false, "Appeal for economic cooperation"},
    {"0311", K::cooperation, false, "Express intent to cooperate economically"},
    {"0312", K::cooperation, false, "Express intent to cooperate militarily"},
    {"0313", K::cooperation, false, "Express intent to cooperate on judicial matters"},
    {"0314", K::cooperation, false, "Express intent to cooperate on intelligence"},
    {"061", K::cooperation, true, "Cooperate economically"},
    {"062", K::cooperation, true, "Cooperate militarily"},
    {"063", K::cooperation, true, "Engage in judicial cooperation"},
    {"161", K::sanction, false, "Reduce or break diplomatic relations"},
    {"174", K::sanction, false, "Expel or deport individuals"},
}};

} // namespace

CameoKind cameo_kind(std::string_view code) {
  const CameoRow* best = nullptr;
  for (const auto& row : table)
    if (code.starts_with(row.code) && (!best || row.code.size() > best->code.size())) best = &row;
  if (!best) return {};
  return {best->kind, best->exact, best->description}; // CAMEO is a hierarchy: subcodes inherit
}

} // namespace storydata::convert
