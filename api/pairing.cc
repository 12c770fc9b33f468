// Linking two partners with a one-time invite code, and unlinking.
#include <boost/json.hpp>

#include "api/json_body.h"
#include "api/respond.h"
#include "api/routes.h"
#include "base/time_format.h"
#include "crypto/token.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

constexpr UnixSeconds kInviteLifetime = 24 * 3600;

http::Response CreateInvite(const http::Request&, const http::PathParams&, Call& call) {
  Secret<std::string> code = crypto::NewInviteCode();
  UnixSeconds expires_at = call.now + kInviteLifetime;
  Status s = call.deps.store.CreateInvite(
      call.user(), crypto::HashToken(crypto::NormalizeInviteCode(code.reveal())), call.now, expires_at);
  if (s.code() == Code::kConflict) {
    return ErrorResponse(Status::Conflict("You are already linked with a partner. To pair with someone "
                                          "else, unlink first."));
  }
  if (!s.ok()) return ErrorResponse(s);
  return JsonResponse(201, json::object{{"code", code.reveal()}, {"expires_at", FormatIsoUtc(expires_at)}});
}

http::Response AcceptInvite(const http::Request& request, const http::PathParams&, Call& call) {
  auto body = ParseObjectBody(request.body);
  if (!body.ok()) return ErrorResponse(body.status());
  if (Status s = OnlyFields(*body, {"code"}); !s.ok()) return ErrorResponse(s);
  auto code = RequireString(*body, "code");
  if (!code.ok()) return ErrorResponse(code.status());
  std::string normalized = crypto::NormalizeInviteCode(*code);
  if (normalized.empty() || normalized.size() > 64) {
    return ErrorResponse(Status::Invalid("Please enter the invite code your partner gave you.", "code"));
  }
  auto couple = call.deps.store.AcceptInvite(call.user(), crypto::HashToken(normalized), call.now);
  if (!couple.ok()) {
    switch (couple.status().code()) {
      case Code::kNotFound:
        return ErrorResponse(Status::NotFound(
            "That invite code doesn't work. Codes last 24 hours and work once; your partner can make "
            "a new one."));
      case Code::kConflict:
        return ErrorResponse(Status::Conflict(
            "One of you is already linked with a partner. Unlink first, then try the code again."));
      default:
        return ErrorResponse(couple.status());
    }
  }
  return JsonResponse(200, json::object{{"partner", json::object{{"linked", true}, {"since", FormatIsoUtc(couple->since)}}}});
}

http::Response Unlink(const http::Request&, const http::PathParams&, Call& call) {
  Status s = call.deps.store.Unlink(call.user(), call.now);
  if (s.code() == Code::kNotFound) return ErrorResponse(Status::NotFound("You are not linked with a partner."));
  if (!s.ok()) return ErrorResponse(s);
  return NoContent();
}

}  // namespace

void AddPairingRoutes(ApiRouter& router) {
  router.Add("POST", "/api/v1/invites", CreateInvite);
  router.Add("POST", "/api/v1/invites/accept", AcceptInvite);
  router.Add("DELETE", "/api/v1/partner", Unlink);
}

}  // namespace rapport::api
