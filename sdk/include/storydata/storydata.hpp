// SPDX-License-Identifier: Apache-2.0
// storydata: news stories as typed, validated, queryable data. Include this one header.
#pragma once

#include <storydata/codec.hpp>
#include <storydata/convert.hpp>
#include <storydata/graph.hpp>
#include <storydata/highlight.hpp>
#include <storydata/index.hpp>
#include <storydata/kinds.hpp>
#include <storydata/query.hpp>
#include <storydata/schema.hpp>
#include <storydata/story.hpp>
#include <storydata/time.hpp>
#include <storydata/timeline.hpp>
#include <storydata/validate.hpp>
#include <storydata/version.hpp>
