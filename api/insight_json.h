// Insights and practices as JSON (shapes in doc/api.md).
#pragma once

#include <boost/json/object.hpp>

#include "core/insight.h"
#include "core/practices.h"

namespace rapport::api {

boost::json::object InsightToJson(const core::Insight& insight);
boost::json::object PracticeToJson(const core::Practice& practice);

}  // namespace rapport::api
