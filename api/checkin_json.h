// Check-ins to and from JSON (the shape in doc/api.md).
#pragma once

#include <boost/json/object.hpp>

#include "base/status.h"
#include "core/checkin.h"

namespace rapport::api {

boost::json::object CheckinToJson(const core::Checkin& checkin);

// Reads a PUT body into a check-in for `day`. Type errors name the field; range and catalogue
// checks are left to core::ValidateCheckin.
Result<core::Checkin> CheckinFromJson(const boost::json::object& body, Date day);

}  // namespace rapport::api
