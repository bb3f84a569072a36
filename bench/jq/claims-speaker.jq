# Mirrors `claims where speaker = $x`: rows "story<TAB>claim" in corpus order.
include "storydata";
reduce inputs as $s ({}; .links += actor_links($s) | .rows += [$s.claims[] | [$s.id, .id, .speaker]])
| entity_ids(.links; $x) as $ids
| .rows[] | select($ids[.[2]]) | "\(.[0])\t\(.[1])"
