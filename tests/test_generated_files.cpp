// Checked-in files generated from the model must match what the model generates now.
#include "support.hpp"

#include <doctest/doctest.h>

TEST_CASE("schema/story.schema.json is up to date (run scripts/generate.sh)") {
  CHECK(test::read_file("schema/story.schema.json") == storydata::json_schema());
}

TEST_CASE("wasm/vocabulary.json is up to date (run scripts/generate.sh)") {
  CHECK(test::read_file("wasm/vocabulary.json") == storydata::vocabulary_json());
}

TEST_CASE("docs/schema.md is up to date (run scripts/generate.sh)") {
  CHECK(test::read_file("docs/schema.md") == storydata::schema_reference());
}

TEST_CASE("docs/diagnostics.md is up to date (run scripts/generate.sh)") {
  CHECK(test::read_file("docs/diagnostics.md") == storydata::diagnostics_reference());
}

TEST_CASE("wasm/types/story.d.ts is up to date (run scripts/generate.sh)") {
  CHECK(test::read_file("wasm/types/story.d.ts") == storydata::typescript_declarations());
}

TEST_CASE("wasm/types/api.d.ts is up to date (run scripts/generate.sh)") {
  CHECK(test::read_file("wasm/types/api.d.ts") == storydata::api_declarations());
}

TEST_CASE("wasm/types/query.d.ts is up to date (run scripts/generate.sh)") {
  CHECK(test::read_file("wasm/types/query.d.ts") == storydata::query_declarations());
}

TEST_CASE("wasm/types/diagnostic.d.ts is up to date (run scripts/generate.sh)") {
  CHECK(test::read_file("wasm/types/diagnostic.d.ts") == storydata::diagnostic_declarations());
}
