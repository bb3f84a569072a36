# Mirrors `claims where speaker = $x`: rows "story<TAB>claim" in corpus order.
include "storydata";
[inputs | {links: actor_links, rows: [.id as $story | .claims[] | [$story, .id, .speaker]]}]
| entity_ids([.[].links[]]; $x) as $ids
| .[].rows[] | select($ids[.[2]]) | "\(.[0])\t\(.[1])"
