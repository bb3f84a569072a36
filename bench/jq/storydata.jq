# What storydata's Corpus (sdk/include/storydata/index.hpp) and vague times (docs/time.md) mean,
# in jq, for the questions of bench/query_vs_jq.sh. Included with `jq -L bench/jq`.

# Actors of different stories are one entity when they share an id or a Wikidata QID. Which ids
# make up an entity is only known once every story is read, so questions keep the [id, QID] of
# every actor that has a QID while they scan, and close over them at the end. They collect with
# `[inputs | ...]`: jq 1.6 copies an array that `reduce` grows with `.rows += [...]`, which made
# the 1M-event corpus take quadratic time.
def actor_links: [.actors[] | select(.identifiers.wikidata) | [.id, .identifiers.wikidata]];

# The ids of the entity of the actor with id $x, as an object {id: true}: ids reach QIDs, QIDs
# reach ids, until nothing new comes. (storydata also resolves a QID or a name; these questions
# only pass ids.)
def entity_ids($links; $x):
  def close:
    . as $ids
    | (reduce ($links[] | select($ids[.[0]]) | .[1]) as $q ({}; .[$q] = true)) as $qids
    | reduce ($links[] | select($qids[.[1]]) | .[0]) as $id ($ids; .[$id] = true)
    | if length == ($ids | length) then . else close end;
  {($x): true} | close;

# Vague times (docs/time.md). Days are numbers YYYYMMDD, which order like the days themselves.
def days_in_month($y; $m):
  if $m == 2 then (if ($y % 4 == 0 and $y % 100 != 0) or $y % 400 == 0 then 29 else 28 end)
  elif ([4, 6, 9, 11] | any(. == $m)) then 30 else 31 end;
# Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD".
def first_day:
  (.[0:4] | tonumber) * 10000 + (if length > 4 then .[5:7] | tonumber else 1 end) * 100
  + (if length > 7 then .[8:10] | tonumber else 1 end);
def last_day:
  (.[0:4] | tonumber) as $y | (if length > 4 then .[5:7] | tonumber else 12 end) as $m
  | $y * 10000 + $m * 100 + (if length > 7 then .[8:10] | tonumber else days_in_month($y; $m) end);

# The first and last day a time may cover, null when open: `day_range()` of time.hpp.
def day_range:
  { first: (if .start then .start | first_day elif .not_before then .not_before | first_day
            else null end),
    last: (if .end then .end | last_day elif .ongoing then null
           elif .start and (.not_after | not) then .start | last_day
           elif .not_after then .not_after | last_day else null end) };

# A time with only a label (or none) is undated and matches no time condition.
def dated: . != null and (day_range | .first != null or .last != null);
# `time >= Y`: the time may reach year Y or later.
def reaches($year): dated and (day_range | .last == null or .last >= $year * 10000 + 101);
# `time between A and B`: the time may overlap A-01-01 to B-12-31.
def between($from; $to):
  dated and (day_range | (.last == null or .last >= $from * 10000 + 101)
                         and (.first == null or .first <= $to * 10000 + 1231));

# The key of `timeline_order()`: dated first, earlier first day, longer range, exact before
# approximate, then label and the fields themselves. jq's sort_by is stable, like storydata's.
def timeline_key:
  (day_range) as $r
  | [ (dated | not), ($r.first // -1e9), (if $r.last == null then -1e9 else -$r.last end),
      (.approximate // false), (.label // ""), (.start // ""), (.end // ""), (.ongoing // false),
      (.not_before // ""), (.not_after // "") ];

# The actors of an event in one role.
def in_role($role): [.participants[] | select(.role == $role) | .actor];
