# Mirrors `neighbours of $x`: every edge of the actor network (graph.hpp) at the entity, in edge
# order, as "story<TAB>via<TAB>other actor<TAB>direction". An event links each doer (agent,
# publisher, speaker, investigator) to each other participant; a relation its subject to its
# object, both ways for ally, adversary, rival and cooperates_with.
include "storydata";
def doer: . == "agent" or . == "publisher" or . == "speaker" or . == "investigator";
def symmetric: . == "ally" or . == "adversary" or . == "rival" or . == "cooperates_with";
[inputs | {links: actor_links, edges: [.id as $story
  | (.events[] | . as $e | .participants[] | select(.role | doer) | .actor as $from
     | $e.participants[] | select(.role | doer | not) | [$story, $e.id, $from, .actor, false]),
    (.relations[] | [$story, .id, .subject, .object, (.kind | symmetric)])]}]
| entity_ids([.[].links[]]; $x) as $ids
| .[].edges[] | ($ids[.[2]] // false) as $out | ($ids[.[3]] // false) as $in
# An edge within the entity is no edge at all.
| select($out != $in)
| "\(.[0])\t\(.[1])\t\(if $out then .[3] else .[2] end)\t\(if .[4] then "both" elif $out then "out" else "in" end)"
