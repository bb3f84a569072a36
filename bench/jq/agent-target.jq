# Mirrors `events where agent = $x and target = $y`: rows "story<TAB>event" in corpus order.
include "storydata";
[inputs | {links: actor_links, rows: [.id as $story | .events[]
  | [$story, .id, in_role("agent"), in_role("target")]
  | select((.[2] | length) > 0 and (.[3] | length) > 0)]}]
| entity_ids([.[].links[]]; $x) as $x_ids | entity_ids([.[].links[]]; $y) as $y_ids
| .[].rows[] | select(any(.[2][]; $x_ids[.]) and any(.[3][]; $y_ids[.])) | "\(.[0])\t\(.[1])"
