#include "api/api.h"

#include "api/cookies.h"
#include "api/respond.h"
#include "api/routes.h"
#include "http/json_error.h"

namespace rapport::api {
namespace {

bool ChangesState(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

std::string ExpectedOrigin(const http::Request& request, const ApiOptions& options) {
  if (!options.public_origin.empty()) return options.public_origin;
  return std::string(request.secure ? "https://" : "http://") + std::string(request.Header("host"));
}

// Cross-site request forgery: a browser will not send a custom header cross-origin without a
// CORS preflight, which Rapport never approves; Origin and Sec-Fetch-Site are checked as well
// when the browser sends them, so that one failed defence is not enough.
bool IsSameSite(const http::Request& request, const ApiOptions& options) {
  if (request.Header("x-rapport-csrf") != "1") return false;
  std::string_view site = request.Header("sec-fetch-site");
  if (!site.empty() && site != "same-origin" && site != "none") return false;
  std::string_view origin = request.Header("origin");
  return origin.empty() || origin == ExpectedOrigin(request, options);
}

bool IsJson(std::string_view content_type) {
  auto semi = content_type.find(';');
  std::string_view media = content_type.substr(0, semi);
  while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
  return media == "application/json";
}

void AddAllRoutes(ApiRouter& router) {
  AddHealthRoutes(router);
  AddOpenApiRoutes(router);
  AddAccountRoutes(router);
  AddSessionRoutes(router);
  AddPairingRoutes(router);
  AddCatalogueRoutes(router);
  AddCheckinRoutes(router);
  AddProfileRoutes(router);
  AddInsightRoutes(router);
  AddPracticeRoutes(router);
  AddCardRoutes(router);
  AddSharingRoutes(router);
  AddPartnerViewRoutes(router);
  AddDesireRoutes(router);
  AddSafetyRoutes(router);
}

}  // namespace

Api::Api(Deps deps) : deps_(std::move(deps)) { AddAllRoutes(router_); }

std::vector<http::RouteInfo> Api::Routes() {
  ApiRouter router;
  AddAllRoutes(router);
  return router.Routes();
}

http::Response Api::Handle(const http::Request& request) {
  auto match = router_.Find(request.method, request.path);
  if (!match.route) {
    http::Response r;
    if (match.allowed.empty()) {
      r = http::JsonError(404, "not_found", "There is no such API route.");
    } else {
      std::string allow;
      for (const auto& m : match.allowed) allow += (allow.empty() ? "" : ", ") + m;
      r = http::JsonError(405, "method_not_allowed", "This route does not accept " + request.method + ". It accepts " + allow + ".");
      r.AddHeader("Allow", allow);
    }
    r.log_route = "unmatched";
    return r;
  }

  http::Response response = [&] {
    if (ChangesState(request.method)) {
      if (!IsSameSite(request, deps_.options)) {
        return http::JsonError(403, "csrf", "This request was refused because it did not come from "
                                            "Rapport's own pages. Nothing was changed.");
      }
      if (!request.body.empty() && !IsJson(request.Header("content-type"))) {
        return http::JsonError(415, "unsupported_media_type", "Please send the request body as JSON (Content-Type: application/json).");
      }
    }
    Call call{deps_, request, deps_.clock(), std::nullopt, {}};
    if (match.route->options.requires_session) {
      auto who = deps_.sessions.Resume(SessionTokenFrom(request, deps_.options), call.now);
      if (!who.ok()) {
        http::Response r = ErrorResponse(who.status());
        if (who.status().code() == Code::kUnauthenticated) ClearSessionCookie(r, deps_.options);
        return r;
      }
      call.who = *who;
    }
    return match.route->handler(request, match.params, call);
  }();
  response.log_route = match.route->pattern;
  return response;
}

}  // namespace rapport::api
