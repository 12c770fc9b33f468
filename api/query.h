// Query strings: "from=2026-01-01&to=2026-01-31" into a map, percent-decoded.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "base/status.h"

namespace rapport::api {

using QueryParams = std::map<std::string, std::string, std::less<>>;

// kInvalid for bad percent-escapes or a parameter given twice.
Result<QueryParams> ParseQuery(std::string_view query);
// kInvalid naming the first parameter not in `allowed`.
Status OnlyParams(const QueryParams& params, std::initializer_list<std::string_view> allowed);

}  // namespace rapport::api
