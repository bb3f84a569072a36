# Mirrors `events where kind in (espionage, cyberattack) and time >= 2010 order by time`: no
# actor, so it streams; the order needs every row first.
include "storydata";
[inputs | .id as $story | .events[]
 | select((.kind == "espionage" or .kind == "cyberattack") and (.time | reaches(2010)))
 | [(.time | timeline_key), $story, .id]]
| sort_by(.[0])[] | "\(.[1])\t\(.[2])"
