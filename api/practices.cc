// The practice library, recommendations from my insights and gaps, and what I did with each.
#include <boost/json.hpp>

#include "api/insight_input.h"
#include "api/insight_json.h"
#include "api/json_body.h"
#include "api/respond.h"
#include "api/routes.h"
#include "base/time_format.h"
#include "core/profile.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

http::Response ListPractices(const http::Request& request, const http::PathParams&, Call& call) {
  auto input = LoadInsightInputForRequest(request, call);
  if (!input.ok()) return ErrorResponse(input.status());
  std::vector<core::Insight> insights = core::ComputeInsights(*input);
  std::optional<core::ProfileScores> latest;
  if (const core::ProfileTake* take = core::LatestTake(input->profile_history)) latest = core::ScoreProfile(take->answers);
  auto recommended = core::RecommendPractices(insights, latest ? &*latest : nullptr, input->practice_events, input->today);

  json::array practices, recs;
  for (const auto& p : core::PracticeLibrary()) practices.push_back(PracticeToJson(p));
  for (const auto& r : recommended) recs.push_back(json::object{{"id", r.practice_id}, {"reason", r.reason}});
  return JsonResponse(200, json::object{{"practices", std::move(practices)}, {"recommended", std::move(recs)}});
}

json::array HistoryFor(const std::vector<core::PracticeEvent>& events, std::string_view id) {
  json::array out;
  for (const auto& e : events) {
    if (e.practice_id != id) continue;
    json::value rating = nullptr;
    if (e.felt_closer) rating = *e.felt_closer;
    out.push_back(json::object{{"state", core::PracticeStateId(e.state)}, {"at", FormatIsoUtc(e.at)}, {"felt_closer", rating}});
  }
  return out;
}

http::Response GetPractice(const http::Request&, const http::PathParams& params, Call& call) {
  const core::Practice* practice = core::FindPractice(params.at("id"));
  if (!practice) return ErrorResponse(Status::NotFound("There is no such practice."));
  auto events = call.deps.store.ListPracticeEvents(call.user());
  if (!events.ok()) return ErrorResponse(events.status());
  return JsonResponse(200, json::object{{"practice", PracticeToJson(*practice)}, {"history", HistoryFor(*events, practice->id)}});
}

// start, done (with "felt closer? 1–5") and not-now all record one event.
http::Response Record(const http::Request& request, const http::PathParams& params, Call& call, core::PracticeState state) {
  const core::Practice* practice = core::FindPractice(params.at("id"));
  if (!practice) return ErrorResponse(Status::NotFound("There is no such practice."));
  auto body = ParseObjectBody(request.body, /*empty_ok=*/true);
  if (!body.ok()) return ErrorResponse(body.status());
  core::PracticeEvent event;
  event.practice_id = std::string(practice->id);
  event.state = state;
  event.at = call.now;
  if (state == core::PracticeState::kDone) {
    if (Status s = OnlyFields(*body, {"felt_closer"}); !s.ok()) return ErrorResponse(s);
    auto rating = GetInt(*body, "felt_closer");
    if (!rating.ok()) return ErrorResponse(rating.status());
    if (*rating) {
      if (**rating < 1 || **rating > 5) {
        return ErrorResponse(Status::Invalid("'Felt closer?' takes a whole number from 1 to 5.", "felt_closer"));
      }
      event.felt_closer = static_cast<int>(**rating);
    }
  } else if (Status s = OnlyFields(*body, {}); !s.ok()) {
    return ErrorResponse(s);
  }
  auto id = call.deps.store.AddPracticeEvent(call.user(), event);
  if (!id.ok()) return ErrorResponse(id.status());
  json::value rating = nullptr;
  if (event.felt_closer) rating = *event.felt_closer;
  return JsonResponse(201, json::object{{"state", core::PracticeStateId(state)}, {"at", FormatIsoUtc(event.at)}, {"felt_closer", rating}});
}

}  // namespace

void AddPracticeRoutes(ApiRouter& router) {
  router.Add("GET", "/api/v1/practices", ListPractices);
  router.Add("GET", "/api/v1/practices/{id}", GetPractice);
  router.Add("POST", "/api/v1/practices/{id}/start",
             [](const http::Request& r, const http::PathParams& p, Call& c) { return Record(r, p, c, core::PracticeState::kStarted); });
  router.Add("POST", "/api/v1/practices/{id}/done",
             [](const http::Request& r, const http::PathParams& p, Call& c) { return Record(r, p, c, core::PracticeState::kDone); });
  router.Add("POST", "/api/v1/practices/{id}/not-now",
             [](const http::Request& r, const http::PathParams& p, Call& c) { return Record(r, p, c, core::PracticeState::kNotNow); });
}

}  // namespace rapport::api
