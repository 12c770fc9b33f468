// A person's own daily check-ins. Only the owner can read or change them (sharing comes with the
// consent centre); the store scopes every call to the signed-in person.
#include <boost/json.hpp>

#include "api/checkin_json.h"
#include "api/json_body.h"
#include "api/query.h"
#include "api/respond.h"
#include "api/routes.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

constexpr int kMaxRangeDays = 366;

Result<Date> DayParam(std::string_view text, const char* field) {
  auto day = Date::Parse(text);
  if (!day) {
    return Status::Invalid(std::string("'") + field + "' must be a real calendar day written YYYY-MM-DD.", field);
  }
  return *day;
}

http::Response PutCheckin(const http::Request& request, const http::PathParams& params, Call& call) {
  auto day = DayParam(params.at("day"), "day");
  if (!day.ok()) return ErrorResponse(day.status());
  auto body = ParseObjectBody(request.body);
  if (!body.ok()) return ErrorResponse(body.status());
  auto checkin = CheckinFromJson(*body, *day);
  if (!checkin.ok()) return ErrorResponse(checkin.status());
  if (Status s = core::ValidateCheckin(*checkin, call.LatestLocalDay()); !s.ok()) return ErrorResponse(s);
  auto created = call.deps.store.PutCheckin(call.user(), *checkin, call.now);
  if (!created.ok()) return ErrorResponse(created.status());
  return JsonResponse(*created ? 201 : 200, CheckinToJson(*checkin));
}

http::Response GetCheckin(const http::Request&, const http::PathParams& params, Call& call) {
  auto day = DayParam(params.at("day"), "day");
  if (!day.ok()) return ErrorResponse(day.status());
  auto checkin = call.deps.store.GetCheckin(call.user(), *day);
  if (!checkin.ok()) return ErrorResponse(checkin.status());
  return JsonResponse(200, CheckinToJson(*checkin));
}

http::Response DeleteCheckin(const http::Request&, const http::PathParams& params, Call& call) {
  auto day = DayParam(params.at("day"), "day");
  if (!day.ok()) return ErrorResponse(day.status());
  if (Status s = call.deps.store.DeleteCheckin(call.user(), *day); !s.ok()) return ErrorResponse(s);
  return NoContent();
}

http::Response ListCheckins(const http::Request& request, const http::PathParams&, Call& call) {
  auto query = ParseQuery(request.query);
  if (!query.ok()) return ErrorResponse(query.status());
  if (Status s = OnlyParams(*query, {"from", "to"}); !s.ok()) return ErrorResponse(s);
  Date to = call.LatestLocalDay(), from = to - 29;
  if (auto it = query->find("to"); it != query->end()) {
    auto d = DayParam(it->second, "to");
    if (!d.ok()) return ErrorResponse(d.status());
    to = *d;
    from = to - 29;
  }
  if (auto it = query->find("from"); it != query->end()) {
    auto d = DayParam(it->second, "from");
    if (!d.ok()) return ErrorResponse(d.status());
    from = *d;
  }
  if (from > to) return ErrorResponse(Status::Invalid("'from' must not be after 'to'.", "from"));
  if (to - from + 1 > kMaxRangeDays) {
    return ErrorResponse(Status::Invalid("Please ask for at most 366 days at a time.", "from"));
  }
  auto checkins = call.deps.store.ListCheckins(call.user(), from, to);
  if (!checkins.ok()) return ErrorResponse(checkins.status());
  json::array out;
  for (const auto& c : *checkins) out.push_back(CheckinToJson(c));
  return JsonResponse(200, json::object{{"from", from.ToString()}, {"to", to.ToString()}, {"checkins", std::move(out)}});
}

}  // namespace

void AddCheckinRoutes(ApiRouter& router) {
  router.Add("GET", "/api/v1/checkins", ListCheckins);
  router.Add("PUT", "/api/v1/checkins/{day}", PutCheckin);
  router.Add("GET", "/api/v1/checkins/{day}", GetCheckin);
  router.Add("DELETE", "/api/v1/checkins/{day}", DeleteCheckin);
}

}  // namespace rapport::api
