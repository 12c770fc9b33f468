// GET /api/v1/insights: what the engine sees in my own data, each with its evidence.
#include <boost/json.hpp>

#include "api/insight_input.h"
#include "api/insight_json.h"
#include "api/respond.h"
#include "api/routes.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

http::Response ListInsights(const http::Request& request, const http::PathParams&, Call& call) {
  auto input = LoadInsightInputForRequest(request, call);
  if (!input.ok()) return ErrorResponse(input.status());
  core::InsightReport report = core::ComputeInsightReport(*input);
  json::array insights, waiting;
  for (const auto& i : report.insights) insights.push_back(InsightToJson(i));
  for (const auto& w : report.not_enough_data) waiting.push_back(json::object{{"pattern", w.pattern}, {"needs", w.needs}});
  return JsonResponse(200, json::object{{"today", input->today.ToString()}, {"insights", std::move(insights)}, {"not_enough_data", std::move(waiting)}});
}

}  // namespace

void AddInsightRoutes(ApiRouter& router) { router.Add("GET", "/api/v1/insights", ListInsights); }

}  // namespace rapport::api
