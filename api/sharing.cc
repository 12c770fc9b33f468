// The sharing and consent centre: what I share with my partner, pausing it, and who read what.
#include <boost/json.hpp>

#include "api/json_body.h"
#include "api/query.h"
#include "api/respond.h"
#include "api/routes.h"
#include "base/time_format.h"
#include "core/sharing.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

// My own sharing state, as the consent centre shows it.
http::Response SharingState(Call& call) {
  auto own = call.deps.store.GetOwnSharingState(call.user());
  if (!own.ok()) return ErrorResponse(own.status());
  auto couple = call.deps.store.FindCouple(call.user());
  if (!couple.ok()) return ErrorResponse(couple.status());
  std::set<core::ShareCategory> granted;
  if (couple->has_value()) {
    auto sharing = call.deps.store.GetSharing(call.user());
    if (sharing.ok()) granted = sharing->granted;
  }
  json::object grants;
  for (core::ShareCategory c : core::kAllShareCategories) grants[core::ShareCategoryId(c)] = granted.count(c) > 0;
  json::value paused_at = nullptr;
  if (own->paused_at) paused_at = FormatIsoUtc(*own->paused_at);
  return JsonResponse(200, json::object{{"linked", couple->has_value()},
                                        {"grants", std::move(grants)},
                                        {"paused", own->paused_at.has_value()},
                                        {"paused_at", std::move(paused_at)}});
}

// A body of exactly one boolean field: {"granted": true}.
Result<bool> ReadSwitch(const http::Request& request, std::string_view field) {
  RAPPORT_ASSIGN_OR_RETURN(auto body, ParseObjectBody(request.body));
  RAPPORT_RETURN_IF_ERROR(OnlyFields(body, {field}));
  return RequireBool(body, field);
}

http::Response GetSharing(const http::Request&, const http::PathParams&, Call& call) { return SharingState(call); }

http::Response SetGrant(const http::Request& request, const http::PathParams& params, Call& call) {
  auto category = core::ShareCategoryFromId(params.at("category"));
  if (!category) return ErrorResponse(Status::NotFound("There is no such sharing category."));
  auto granted = ReadSwitch(request, "granted");
  if (!granted.ok()) return ErrorResponse(granted.status());
  Status s = call.deps.store.SetGrant(call.user(), *category, *granted, call.now);
  if (s.code() == Code::kNotFound) {
    return ErrorResponse(Status::Conflict("You are not linked with a partner, so there is no one to share with."));
  }
  if (!s.ok()) return ErrorResponse(s);
  return SharingState(call);
}

http::Response SetPaused(const http::Request& request, const http::PathParams&, Call& call) {
  auto pause = ReadSwitch(request, "paused");
  if (!pause.ok()) return ErrorResponse(pause.status());
  // Pausing again keeps the first moment (the store's contract): what the partner sees must not move.
  std::optional<UnixSeconds> paused_at = *pause ? std::optional(call.now) : std::nullopt;
  if (Status s = call.deps.store.SetSharingPaused(call.user(), paused_at); !s.ok()) return ErrorResponse(s);
  return SharingState(call);
}

http::Response AccessLog(const http::Request& request, const http::PathParams&, Call& call) {
  auto query = ParseQuery(request.query);
  if (!query.ok()) return ErrorResponse(query.status());
  if (Status s = OnlyParams(*query, {}); !s.ok()) return ErrorResponse(s);
  auto entries = call.deps.store.ListAccess(call.user(), 500);
  if (!entries.ok()) return ErrorResponse(entries.status());
  json::array out;
  for (const auto& e : *entries) {
    json::value day = nullptr;
    if (e.day) day = e.day->ToString();
    out.push_back(json::object{{"at", FormatIsoUtc(e.at)}, {"reader", "partner"}, {"what", e.what}, {"day", std::move(day)}});
  }
  return JsonResponse(200, json::object{{"entries", std::move(out)}});
}

}  // namespace

void AddSharingRoutes(ApiRouter& router) {
  router.Add("GET", "/api/v1/sharing", GetSharing);
  router.Add("PUT", "/api/v1/sharing/grants/{category}", SetGrant);
  router.Add("PUT", "/api/v1/sharing/pause", SetPaused);
  router.Add("GET", "/api/v1/sharing/access-log", AccessLog);
}

}  // namespace rapport::api
