#include "api/json_body.h"

#include <boost/json/stream_parser.hpp>

namespace rapport::api {
namespace json = boost::json;

namespace {

std::string Where(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

Status WrongType(std::string_view name, std::string_view expected) {
  return Status::Invalid("'" + std::string(name) + "' must be " + std::string(expected) + ".",
                         std::string(name));
}

Status Missing(std::string_view name) {
  return Status::Invalid("'" + std::string(name) + "' is required.", std::string(name));
}

}  // namespace

Result<json::object> ParseObjectBody(std::string_view body, bool empty_ok) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    if (empty_ok) return json::object{};
    return Status::Invalid("The request body is empty; a JSON object was expected.");
  }
  json::stream_parser parser;
  boost::system::error_code ec;
  std::size_t used = parser.write_some(body.data(), body.size(), ec);
  // write_some stops once a whole value is read; what follows may only be white space.
  if (!ec && !parser.done()) {
    parser.finish(ec);
    if (ec) used = body.size();
  }
  if (ec) {
    return Status::Invalid("The request body is not valid JSON (" + ec.message() + ") at " +
                           Where(body, used) + ".");
  }
  std::size_t rest = body.find_first_not_of(" \t\r\n", used);
  if (rest != std::string_view::npos) {
    return Status::Invalid("The request body has extra text after the JSON value, at " + Where(body, rest) + ".");
  }
  json::value value = parser.release();
  if (!value.is_object()) return Status::Invalid("The request body must be a JSON object.");
  return std::move(value.as_object());
}

Status OnlyFields(const json::object& object, std::initializer_list<std::string_view> allowed) {
  for (const auto& item : object) {
    bool known = false;
    for (std::string_view a : allowed) known |= item.key() == a;
    if (!known) {
      return Status::Invalid("'" + std::string(item.key()) + "' is not a field this request accepts.",
                             std::string(item.key()));
    }
  }
  return Status::Ok();
}

Result<std::optional<std::string>> GetString(const json::object& o, std::string_view name) {
  auto it = o.find(name);
  if (it == o.end() || it->value().is_null()) return std::optional<std::string>();
  if (!it->value().is_string()) return WrongType(name, "text");
  return std::optional<std::string>(std::string(it->value().as_string()));
}

Result<std::optional<std::int64_t>> GetInt(const json::object& o, std::string_view name) {
  auto it = o.find(name);
  if (it == o.end() || it->value().is_null()) return std::optional<std::int64_t>();
  const json::value& v = it->value();
  if (v.is_int64()) return std::optional<std::int64_t>(v.as_int64());
  if (v.is_uint64() && v.as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
    return std::optional<std::int64_t>(static_cast<std::int64_t>(v.as_uint64()));
  }
  return WrongType(name, "a whole number");
}

Result<std::optional<std::vector<std::string>>> GetStringList(const json::object& o,
                                                               std::string_view name) {
  auto it = o.find(name);
  if (it == o.end() || it->value().is_null()) return std::optional<std::vector<std::string>>();
  if (!it->value().is_array()) return WrongType(name, "a list of text values");
  std::vector<std::string> out;
  for (const json::value& v : it->value().as_array()) {
    if (!v.is_string()) return WrongType(name, "a list of text values");
    out.emplace_back(v.as_string());
  }
  return std::optional<std::vector<std::string>>(std::move(out));
}

Result<bool> RequireBool(const json::object& o, std::string_view name) {
  auto it = o.find(name);
  if (it == o.end() || !it->value().is_bool()) return WrongType(name, "true or false");
  return it->value().as_bool();
}

Result<std::string> RequireString(const json::object& o, std::string_view name) {
  RAPPORT_ASSIGN_OR_RETURN(auto value, GetString(o, name));
  if (!value) return Missing(name);
  return std::move(*value);
}

Result<std::int64_t> RequireInt(const json::object& o, std::string_view name) {
  RAPPORT_ASSIGN_OR_RETURN(auto value, GetInt(o, name));
  if (!value) return Missing(name);
  return *value;
}

}  // namespace rapport::api
