// What every API handler gets: the services it may use (Deps) and this call's facts (Call):
// who is acting, and what time it is. Handlers read the clock only through Call.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>

#include "auth/login_limiter.h"
#include "auth/sessions.h"
#include "base/date.h"
#include "http/router.h"
#include "store/store.h"

namespace rapport::api {

struct ApiOptions {
  // Set when people reach Rapport over HTTPS (TLS at a reverse proxy): cookies become
  // `Secure` with the `__Host-` prefix, and this origin is the only one allowed to change state.
  bool secure_cookies = false;
  std::string public_origin;  // e.g. "https://rapport.example"; empty: judged from Host
  auth::SessionPolicy sessions;
  auth::LoginLimits login_limits;
  // Each sign-up costs an Argon2id hash and a new account: 20 an hour from one address.
  auth::LoginLimits signup_limits{.max_failures = 20, .window = 3600};
};

struct Deps {
  store::Store& store;
  auth::Sessions& sessions;
  auth::LoginLimiter& login_limiter;
  auth::LoginLimiter& signup_limiter;  // counts every sign-up, per address
  std::function<UnixSeconds()> clock;
  ApiOptions options;
};

struct Call {
  Deps& deps;
  const http::Request& request;
  UnixSeconds now = 0;
  std::optional<auth::Principal> who;  // set on every route that requires a session
  // Partner reads already written to the access log by this request ("what|day"), so that one
  // page view is one entry per thing read.
  std::set<std::string> partner_reads_logged;

  UserId user() const { return who->user; }
  // The latest calendar day anyone can be living in right now: people name their own local
  // day, and the furthest-ahead time zone (UTC+14) is one day ahead of UTC at most.
  Date LatestLocalDay() const { return Date::FromUnixSeconds(now) + 1; }
};

using ApiRouter = http::Router<Call>;

}  // namespace rapport::api
