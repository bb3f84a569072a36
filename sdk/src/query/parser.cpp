// SPDX-License-Identifier: Apache-2.0
#include "parser.hpp"

#include "lexer.hpp"
#include "model/reflect.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"
#include "wording.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

namespace storydata::query_language {
namespace {

struct NamedField {
  std::string name;
  Field field;
};

constexpr std::array<std::pair<std::string_view, Form>, 10> forms{
    {{"events", Form::events},
     {"actors", Form::actors},
     {"claims", Form::claims},
     {"relations", Form::relations},
     {"quantities", Form::quantities},
     {"timeline", Form::timeline},
     {"path", Form::path},
     {"neighbours", Form::neighbours},
     {"neighbors", Form::neighbours},
     {"provenance", Form::provenance}}};

template <class E> void add_enum_fields(std::vector<NamedField>& fields, FieldKind kind) {
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto e) {
    fields.push_back({e.name, {kind, static_cast<int>(e.value)}});
  });
}

// The fields each form can test, in the order "did you mean" prefers them.
std::vector<NamedField> fields_of(Form form) {
  using K = FieldKind;
  std::vector<NamedField> fields;
  switch (form) {
  case Form::events:
  case Form::timeline:
    add_enum_fields<Role>(fields, K::role);
    fields.insert(fields.end(), {{"actor", {K::actor}},
                                 {"place", {K::place}},
                                 {"kind", {K::kind}},
                                 {"certainty", {K::certainty}},
                                 {"status", {K::status}},
                                 {"time", {K::time}},
                                 {"id", {K::id}},
                                 {"story", {K::story}}});
    add_enum_fields<LinkKind>(fields, K::link);
    break;
  case Form::actors:
    fields = {{"id", {K::id}}, {"kind", {K::kind}}, {"name", {K::name}}, {"story", {K::story}}};
    break;
  case Form::claims:
    fields = {{"speaker", {K::speaker}}, {"about", {K::about}}, {"certainty", {K::certainty}},
              {"time", {K::time}},       {"id", {K::id}},       {"story", {K::story}}};
    break;
  case Form::relations:
    fields = {{"subject", {K::subject}}, {"object", {K::object}},       {"actor", {K::actor}},
              {"kind", {K::kind}},       {"certainty", {K::certainty}}, {"time", {K::time}},
              {"id", {K::id}},           {"story", {K::story}}};
    break;
  case Form::quantities:
    fields = {{"measure", {K::kind}}, {"value", {K::number}},        {"event", {K::event}},
              {"of", {K::actor}},     {"certainty", {K::certainty}}, {"time", {K::time}},
              {"id", {K::id}},        {"story", {K::story}}};
    break;
  case Form::path:
  case Form::neighbours:
  case Form::provenance:
    break;
  }
  return fields;
}

bool is_ordered(FieldKind kind) {
  return kind == FieldKind::time || kind == FieldKind::certainty || kind == FieldKind::number;
}

bool is_sortable(FieldKind kind) {
  return is_ordered(kind) || kind == FieldKind::kind || kind == FieldKind::id ||
         kind == FieldKind::name || kind == FieldKind::story;
}

std::string describe(const Token& token) {
  switch (token.kind) {
  case TokenKind::end:
    return "the end of the query";
  case TokenKind::string:
    return "the string " + in_quotes(token.text);
  default:
    return in_quotes(token.text);
  }
}

// Recursive descent over the tokens; the first error stops it.
class Parser {
public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  Parsed run() {
    const Token& first = peek();
    const std::string word = ascii::lower(first.text);
    const auto form = std::find_if(forms.begin(), forms.end(), [&](const auto& f) {
      return first.kind == TokenKind::word && f.first == word;
    });
    if (form == forms.end()) {
      std::vector<std::string_view> names;
      for (const auto& f : forms)
        names.push_back(f.first);
      return fail(first, "expected one of " + listed(names) + ", found " + describe(first) +
                             suggestion(ascii::lower(first.text), names));
    }
    parsed_.form = form->second;
    next();
    switch (parsed_.form) {
    case Form::path:
      expect_keyword("from") && value_into(parsed_.actors) && expect_keyword("to") &&
          value_into(parsed_.actors) && expect_end();
      break;
    case Form::neighbours:
    case Form::provenance:
      expect_keyword("of") && value_into(parsed_.actors) && expect_end();
      break;
    default:
      fields_ = fields_of(parsed_.form);
      clauses();
    }
    return std::move(parsed_);
  }

private:
  const Token& peek() const { return tokens_[at_]; }
  const Token& next() { return tokens_[at_ < tokens_.size() - 1 ? at_++ : at_]; }
  bool at_keyword(std::string_view keyword) const {
    return peek().kind == TokenKind::word && ascii::lower(peek().text) == keyword;
  }
  bool at_symbol(std::string_view symbol) const {
    return peek().kind == TokenKind::symbol && peek().text == symbol;
  }

  bool fail_at(std::size_t column, std::string message) {
    if (!parsed_.error) parsed_.error = QueryError{std::move(message), column};
    return false;
  }
  Parsed fail(const Token& token, std::string message) {
    fail_at(token.column, std::move(message));
    return std::move(parsed_);
  }
  bool expected(std::string_view what) {
    return fail_at(peek().column, "expected " + std::string(what) + ", found " + describe(peek()));
  }

  bool expect_keyword(std::string_view keyword) {
    if (!at_keyword(keyword)) return expected(in_quotes(keyword));
    next();
    return true;
  }
  bool expect_symbol(std::string_view symbol) {
    if (!at_symbol(symbol)) return expected(in_quotes(symbol));
    next();
    return true;
  }
  bool expect_end() { return peek().kind == TokenKind::end || expected("the end of the query"); }

  bool value_into(std::vector<Value>& values) {
    if (peek().kind != TokenKind::word && peek().kind != TokenKind::string)
      return expected("a value");
    values.push_back({peek().text, peek().column});
    next();
    return true;
  }

  void clauses() {
    if (at_keyword("where")) {
      next();
      if (!condition()) return;
      while (at_keyword("and")) {
        next();
        if (!condition()) return;
      }
    }
    if (at_keyword("order")) {
      next();
      if (!expect_keyword("by") || !order()) return;
    }
    if (at_keyword("limit")) {
      next();
      if (!limit()) return;
    }
    if (peek().kind != TokenKind::end)
      expected(parsed_.where.empty() && !parsed_.order ? "\"where\", \"order by\" or \"limit\""
                                                       : "\"and\", \"order by\" or \"limit\"");
  }

  std::optional<Field> field() {
    const Token& token = peek();
    if (token.kind != TokenKind::word) {
      expected("a field");
      return std::nullopt;
    }
    const std::string name = ascii::lower(token.text);
    for (const auto& f : fields_)
      if (f.name == name) {
        next();
        return f.field;
      }
    std::vector<std::string_view> names;
    for (const auto& f : fields_)
      names.push_back(f.name);
    const std::string hint = suggestion(ascii::lower(token.text), names);
    fail_at(token.column, "unknown field " + in_quotes(token.text) + " for " +
                              std::string(form_name(parsed_.form)) +
                              (hint.empty() ? "; fields: " + listed(names) : hint));
    return std::nullopt;
  }

  bool condition() {
    Condition condition{.field_name = ascii::lower(peek().text)};
    const auto f = field();
    if (!f) return false;
    condition.field = *f;
    const Token op = peek();
    static constexpr std::array<std::pair<std::string_view, Op>, 6> symbols{{{"=", Op::eq},
                                                                             {"!=", Op::ne},
                                                                             {"<", Op::lt},
                                                                             {"<=", Op::le},
                                                                             {">", Op::gt},
                                                                             {">=", Op::ge}}};
    const auto symbol = std::find_if(symbols.begin(), symbols.end(), [&](const auto& s) {
      return op.kind == TokenKind::symbol && s.first == op.text;
    });
    if (symbol != symbols.end())
      condition.op = symbol->second;
    else if (at_keyword("in"))
      condition.op = Op::in;
    else if (at_keyword("between"))
      condition.op = Op::between;
    else
      return expected("an operator (=, !=, <, <=, >, >=, in, between)");
    if (condition.op != Op::eq && condition.op != Op::ne && condition.op != Op::in &&
        !is_ordered(condition.field.kind))
      return fail_at(op.column,
                     "operator " + in_quotes(op.text) + " does not apply to " +
                         in_quotes(condition.field_name) +
                         "; use =, != or in (only time, certainty and value are ordered)");
    next();
    bool ok = false;
    if (condition.op == Op::in) {
      ok = expect_symbol("(") && value_into(condition.values);
      while (ok && at_symbol(","))
        ok = (next(), value_into(condition.values));
      ok = ok && expect_symbol(")");
    } else if (condition.op == Op::between) {
      ok = value_into(condition.values) && expect_keyword("and") && value_into(condition.values);
    } else {
      ok = value_into(condition.values);
    }
    if (ok) parsed_.where.push_back(std::move(condition));
    return ok;
  }

  bool order() {
    const Token token = peek();
    const auto f = field();
    if (!f) return false;
    if (!is_sortable(f->kind))
      return fail_at(token.column,
                     "cannot order by " + in_quotes(ascii::lower(token.text)) +
                         "; order by time, certainty, value, kind, id, name or story");
    parsed_.order = Order{*f, false};
    if (at_keyword("asc") || at_keyword("desc"))
      parsed_.order->descending = ascii::lower(next().text) == "desc";
    return true;
  }

  bool limit() {
    const Token& token = peek();
    std::size_t n = 0;
    const char* end = token.text.data() + token.text.size();
    const auto [stop, ec] = std::from_chars(token.text.data(), end, n);
    if (token.kind != TokenKind::word || ec != std::errc{} || stop != end)
      return expected("a whole number");
    parsed_.limit = n;
    next();
    return true;
  }

  std::vector<Token> tokens_;
  std::size_t at_ = 0;
  std::vector<NamedField> fields_;
  Parsed parsed_;
};

} // namespace

std::string_view form_name(Form form) {
  for (const auto& f : forms)
    if (f.second == form) return f.first;
  return {};
}

Parsed parse(std::string_view text) {
  if (text.size() > max_query_bytes)
    return Parsed{.error = QueryError{"query too long: " + std::to_string(text.size()) +
                                          " bytes, the limit is " + std::to_string(max_query_bytes),
                                      utf8::length(text.substr(0, max_query_bytes)) + 1}};
  Lexed lexed = lex(text);
  if (lexed.error) return Parsed{.error = std::move(lexed.error)};
  return Parser(std::move(lexed.tokens)).run();
}

} // namespace storydata::query_language
