// Strict reading of JSON request bodies. Every error is kInvalid with a message a person can act
// on: malformed JSON says where ("at line 1, column 17"), a wrong type or a missing field
// names the field. Unknown fields are refused rather than ignored, so a typo never drops data.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "base/status.h"

namespace rapport::api {

// The body must be exactly one JSON object. An empty body counts as {} when `empty_ok`.
Result<boost::json::object> ParseObjectBody(std::string_view body, bool empty_ok = false);

// kInvalid naming the first field of `object` not in `allowed`.
Status OnlyFields(const boost::json::object& object, std::initializer_list<std::string_view> allowed);

// Each returns nullopt when the field is absent or null, kInvalid when it has the wrong type.
Result<std::optional<std::string>> GetString(const boost::json::object& o, std::string_view name);
Result<std::optional<std::int64_t>> GetInt(const boost::json::object& o, std::string_view name);
Result<std::optional<std::vector<std::string>>> GetStringList(const boost::json::object& o,
                                                               std::string_view name);

// A field that must be present and exactly true or false.
Result<bool> RequireBool(const boost::json::object& o, std::string_view name);

// As above, but absent or null is kInvalid ("… is required").
Result<std::string> RequireString(const boost::json::object& o, std::string_view name);
Result<std::int64_t> RequireInt(const boost::json::object& o, std::string_view name);

}  // namespace rapport::api
