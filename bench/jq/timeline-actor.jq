# Mirrors `timeline where actor = $x and time between 2010 and 2015`: rows in timeline order.
# The time test is exact while streaming; the actor test waits for the entity.
include "storydata";
[inputs | {links: actor_links, rows: [.id as $story | .events[]
  | select(.time | between(2010; 2015))
  | [(.time | timeline_key), $story, .id, [.participants[].actor]]]}]
| entity_ids([.[].links[]]; $x) as $ids
| [.[].rows[] | select(any(.[3][]; $ids[.]))] | sort_by(.[0])[] | "\(.[1])\t\(.[2])"
