// The signed-in person's sessions: list them, end one.
#include <boost/json.hpp>
#include <charconv>

#include "api/cookies.h"
#include "api/respond.h"
#include "api/routes.h"
#include "base/time_format.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

http::Response ListSessions(const http::Request&, const http::PathParams&, Call& call) {
  auto sessions = call.deps.store.ListSessions(call.user());
  if (!sessions.ok()) return ErrorResponse(sessions.status());
  json::array out;
  for (const auto& s : *sessions) {
    if (!call.deps.sessions.IsLive(s, call.now)) continue;
    out.push_back(json::object{{"id", s.id.value()},
                               {"label", s.label},
                               {"created_at", FormatIsoUtc(s.created_at)},
                               {"last_seen_at", FormatIsoUtc(s.last_seen_at)},
                               {"current", s.id == call.who->session}});
  }
  return JsonResponse(200, json::object{{"sessions", std::move(out)}});
}

http::Response EndSession(const http::Request&, const http::PathParams& params, Call& call) {
  const std::string& raw = params.at("id");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), id);
  // An id that can't exist is simply not found: the answer must not differ from someone else's.
  if (ec != std::errc() || end != raw.data() + raw.size() || id <= 0) return ErrorResponse(Status::NotFound());
  if (Status s = call.deps.store.DeleteSession(call.user(), SessionId(id)); !s.ok()) return ErrorResponse(s);
  http::Response r = NoContent();
  if (SessionId(id) == call.who->session) ClearSessionCookie(r, call.deps.options);
  return r;
}

}  // namespace

void AddSessionRoutes(ApiRouter& router) {
  router.Add("GET", "/api/v1/sessions", ListSessions);
  router.Add("DELETE", "/api/v1/sessions/{id}", EndSession);
}

}  // namespace rapport::api
