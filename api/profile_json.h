// A scored profile take as JSON (doc/api.md, "Result").
#pragma once

#include <boost/json/object.hpp>

#include "base/ids.h"
#include "core/profile.h"

namespace rapport::api {

// `include_comfort` is false for a partner's view: the closeness-comfort scale is private to
// its owner and never shared.
boost::json::object ProfileResultJson(std::int64_t id, UnixSeconds taken_at, const core::ProfileAnswers& answers,
                                      bool include_comfort = true);

}  // namespace rapport::api
