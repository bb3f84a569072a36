# Mirrors `actors where kind = agency`: a plain streaming filter.
inputs | .id as $story | .actors[] | select(.kind == "agency") | "\($story)\t\(.id)"
