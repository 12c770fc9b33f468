// Sign up, sign in, sign out, who am I, change password, delete account.
#include <boost/json.hpp>

#include "api/cookies.h"
#include "api/json_body.h"
#include "api/respond.h"
#include "api/routes.h"
#include "base/time_format.h"
#include "crypto/password.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

Result<std::string> NormalizedEmail(std::string_view raw) {
  while (!raw.empty() && std::isspace(static_cast<unsigned char>(raw.front()))) raw.remove_prefix(1);
  while (!raw.empty() && std::isspace(static_cast<unsigned char>(raw.back()))) raw.remove_suffix(1);
  std::string email(raw);
  for (char& c : email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto at = email.find('@');
  bool ok = email.size() <= 254 && at != std::string::npos && at > 0 &&
            email.find('@', at + 1) == std::string::npos && email.find('.', at) != std::string::npos &&
            email.back() != '.';
  for (unsigned char c : email) ok &= c > 0x20 && c != 0x7f;
  if (!ok) return Status::Invalid("Please enter an email address like name@example.com.", "email");
  return email;
}

json::object UserJson(UserId id, const std::string& email) {
  return {{"id", id.value()}, {"email", email}};
}

json::object PartnerJson(Call& call) {
  auto couple = call.deps.store.FindCouple(call.user());
  if (!couple.ok() || !couple->has_value()) return {{"linked", false}};
  return {{"linked", true}, {"since", FormatIsoUtc((*couple)->since)}};
}

http::Response SignedIn(Call& call, int status, UserId user, const std::string& email) {
  auto started = call.deps.sessions.Start(user, auth::DeviceLabel(call.request.Header("user-agent")), call.now);
  if (!started.ok()) return ErrorResponse(started.status());
  http::Response r = JsonResponse(status, json::object{{"user", UserJson(user, email)}});
  SetSessionCookie(r, call.deps.options, started->token.reveal(), call.deps.sessions.policy().absolute);
  return r;
}

// Reads {"email","password"} for sign-up and sign-in.
Status ReadCredentials(const http::Request& request, std::string& email, Secret<std::string>& password) {
  RAPPORT_ASSIGN_OR_RETURN(auto body, ParseObjectBody(request.body));
  RAPPORT_RETURN_IF_ERROR(OnlyFields(body, {"email", "password"}));
  RAPPORT_ASSIGN_OR_RETURN(auto raw_email, RequireString(body, "email"));
  RAPPORT_ASSIGN_OR_RETURN(auto raw_password, RequireString(body, "password"));
  RAPPORT_ASSIGN_OR_RETURN(email, NormalizedEmail(raw_email));
  password = Secret<std::string>(std::move(raw_password));
  return Status::Ok();
}

http::Response Signup(const http::Request& request, const http::PathParams&, Call& call) {
  const std::string address_key = "signup:" + request.remote_address;
  if (UnixSeconds wait = call.deps.signup_limiter.RetryAfter(address_key, call.now); wait > 0) {
    http::Response r = ErrorResponse(Status::TooMany(
        "Many accounts were made from this network in the last hour. Please try again in " +
        std::to_string((wait + 59) / 60) + " minutes."));
    r.AddHeader("Retry-After", std::to_string(wait));
    return r;
  }
  std::string email;
  Secret<std::string> password;
  if (Status s = ReadCredentials(request, email, password); !s.ok()) return ErrorResponse(s);
  call.deps.signup_limiter.RecordFailure(address_key, call.now);
  if (Status s = auth::CheckNewPassword(password.reveal()); !s.ok()) return ErrorResponse(s);
  auto hash = crypto::HashPassword(password);
  if (!hash.ok()) return ErrorResponse(hash.status());
  auto user = call.deps.store.CreateUser(email, *hash, call.now);
  if (!user.ok()) {
    if (user.status().code() == Code::kConflict) {
      return ErrorResponse(Status::Conflict("There is already an account with this email. You can sign in instead."));
    }
    return ErrorResponse(user.status());
  }
  return SignedIn(call, 201, *user, email);
}

http::Response TooManyAttempts(UnixSeconds retry_after) {
  UnixSeconds minutes = (retry_after + 59) / 60;
  http::Response r = ErrorResponse(Status::TooMany(
      "Too many sign-in attempts. To keep accounts safe, please wait " + std::to_string(minutes) +
      (minutes == 1 ? " minute" : " minutes") + " and try again."));
  r.AddHeader("Retry-After", std::to_string(retry_after));
  return r;
}

// Known and unknown emails take the same path and the same time: an unknown email is checked
// against a dummy hash, and both answer with the same 401 message.
http::Response Login(const http::Request& request, const http::PathParams&, Call& call) {
  std::string email;
  Secret<std::string> password;
  if (Status s = ReadCredentials(request, email, password); !s.ok()) return ErrorResponse(s);
  auth::LoginLimiter& limiter = call.deps.login_limiter;
  const std::string account_key = "account:" + email;
  const std::string address_key = "address:" + request.remote_address;
  UnixSeconds wait = std::max(limiter.RetryAfter(account_key, call.now), limiter.RetryAfter(address_key, call.now));
  if (wait > 0) return TooManyAttempts(wait);

  auto user = call.deps.store.FindUserByEmail(email);
  if (!user.ok() && user.status().code() != Code::kNotFound) return ErrorResponse(user.status());
  bool match = user.ok() ? crypto::VerifyPassword(user->password_hash, password)
                         : (crypto::VerifyPassword(crypto::DummyPasswordHash(), password), false);
  if (!match) {
    limiter.RecordFailure(account_key, call.now);
    limiter.RecordFailure(address_key, call.now);
    return ErrorResponse(Status::Unauthenticated("That email and password don't match. Please check them and try again."));
  }
  limiter.Clear(account_key);
  return SignedIn(call, 200, user->id, user->email);
}

http::Response Logout(const http::Request& request, const http::PathParams&, Call& call) {
  auto who = call.deps.sessions.Resume(SessionTokenFrom(request, call.deps.options), call.now);
  if (who.ok()) {
    if (Status s = call.deps.store.DeleteSession(who->user, who->session); !s.ok() && s.code() != Code::kNotFound) {
      return ErrorResponse(s);
    }
  }
  http::Response r = NoContent();
  ClearSessionCookie(r, call.deps.options);
  return r;
}

http::Response Me(const http::Request&, const http::PathParams&, Call& call) {
  auto user = call.deps.store.GetUser(call.user());
  if (!user.ok()) return ErrorResponse(user.status());
  return JsonResponse(200, json::object{{"user", UserJson(user->id, user->email)}, {"partner", PartnerJson(call)}});
}

// Re-checks the signed-in person's password before a sensitive change. Failures count towards
// the same sign-in limit, so a stolen session cannot be used to guess the password.
Status CheckCurrentPassword(Call& call, const std::string& field, const Secret<std::string>& password) {
  auto user = call.deps.store.GetUser(call.user());
  if (!user.ok()) return user.status();
  const std::string key = "account:" + user->email;
  if (UnixSeconds wait = call.deps.login_limiter.RetryAfter(key, call.now); wait > 0) {
    return Status::TooMany("Too many wrong passwords. Please wait " + std::to_string((wait + 59) / 60) + " minutes and try again.");
  }
  if (!crypto::VerifyPassword(user->password_hash, password)) {
    call.deps.login_limiter.RecordFailure(key, call.now);
    return Status::Invalid("That password isn't right. Nothing was changed.", field);
  }
  return Status::Ok();
}

http::Response ChangePassword(const http::Request& request, const http::PathParams&, Call& call) {
  auto body = ParseObjectBody(request.body);
  if (!body.ok()) return ErrorResponse(body.status());
  if (Status s = OnlyFields(*body, {"current_password", "new_password"}); !s.ok()) return ErrorResponse(s);
  auto current = RequireString(*body, "current_password");
  if (!current.ok()) return ErrorResponse(current.status());
  auto fresh = RequireString(*body, "new_password");
  if (!fresh.ok()) return ErrorResponse(fresh.status());
  Secret<std::string> current_secret(std::move(*current)), new_secret(std::move(*fresh));
  if (Status s = auth::CheckNewPassword(new_secret.reveal(), "new_password"); !s.ok()) return ErrorResponse(s);
  if (Status s = CheckCurrentPassword(call, "current_password", current_secret); !s.ok()) return ErrorResponse(s);
  auto hash = crypto::HashPassword(new_secret);
  if (!hash.ok()) return ErrorResponse(hash.status());
  if (Status s = call.deps.store.SetPasswordHash(call.user(), *hash); !s.ok()) return ErrorResponse(s);
  if (Status s = call.deps.store.DeleteSessionsExcept(call.user(), call.who->session); !s.ok()) return ErrorResponse(s);
  return NoContent();
}

http::Response DeleteAccount(const http::Request& request, const http::PathParams&, Call& call) {
  auto body = ParseObjectBody(request.body);
  if (!body.ok()) return ErrorResponse(body.status());
  if (Status s = OnlyFields(*body, {"password"}); !s.ok()) return ErrorResponse(s);
  auto password = RequireString(*body, "password");
  if (!password.ok()) return ErrorResponse(password.status());
  if (Status s = CheckCurrentPassword(call, "password", Secret<std::string>(std::move(*password))); !s.ok()) {
    return ErrorResponse(s);
  }
  if (Status s = call.deps.store.DeleteUser(call.user()); !s.ok()) return ErrorResponse(s);
  http::Response r = NoContent();
  ClearSessionCookie(r, call.deps.options);
  return r;
}

}  // namespace

void AddAccountRoutes(ApiRouter& router) {
  const http::RouteOptions open{.requires_session = false};
  router.Add("POST", "/api/v1/signup", Signup, open);
  router.Add("POST", "/api/v1/login", Login, open);
  router.Add("POST", "/api/v1/logout", Logout, open);
  router.Add("GET", "/api/v1/me", Me);
  router.Add("POST", "/api/v1/password", ChangePassword);
  router.Add("DELETE", "/api/v1/account", DeleteAccount);
}

}  // namespace rapport::api
