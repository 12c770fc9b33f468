// Sessions: turns a session token (from the cookie) into the signed-in person, and starts new
// sessions. Tokens are 256-bit random values; only their hash reaches the store. A session ends
// after `idle` seconds without use or `absolute` seconds after sign-in, whichever comes first.
#pragma once

#include <string>
#include <string_view>

#include "base/ids.h"
#include "base/secret.h"
#include "base/status.h"
#include "store/store.h"

namespace rapport::auth {

struct SessionPolicy {
  UnixSeconds idle = 14 * 24 * 3600;
  UnixSeconds absolute = 30 * 24 * 3600;
  // last_seen_at is written at most this often: a read-only visit should not cost a write each.
  UnixSeconds touch_every = 5 * 60;
};

// Who is acting on a request.
struct Principal {
  UserId user;
  SessionId session;
};

struct StartedSession {
  Secret<std::string> token;  // goes into the cookie, nowhere else
  SessionId id;
  UnixSeconds expires_at = 0;
};

class Sessions {
 public:
  Sessions(store::Store& store, SessionPolicy policy) : store_(store), policy_(policy) {}

  Result<StartedSession> Start(UserId user, const std::string& label, UnixSeconds now);
  // kUnauthenticated for an unknown, ended or expired token (an expired one is also deleted).
  Result<Principal> Resume(std::string_view token, UnixSeconds now);
  // True when `record` is still usable at `now`.
  bool IsLive(const store::SessionRecord& record, UnixSeconds now) const;

  const SessionPolicy& policy() const { return policy_; }

 private:
  store::Store& store_;
  SessionPolicy policy_;
};

// A short, human description of a device from its User-Agent ("Firefox on Android"), for the
// sessions list. Never more than 64 characters; "Unknown device" when nothing is recognised.
std::string DeviceLabel(std::string_view user_agent);

// Password rules for a new password: 10 to 1024 characters (code points), valid UTF-8.
Status CheckNewPassword(std::string_view password, std::string_view field = "password");

}  // namespace rapport::auth
