#include "auth/sessions.h"

#include "core/checkin.h"
#include "crypto/token.h"

namespace rapport::auth {

Result<StartedSession> Sessions::Start(UserId user, const std::string& label, UnixSeconds now) {
  StartedSession started;
  started.token = crypto::NewToken(32);
  started.expires_at = now + policy_.absolute;
  RAPPORT_ASSIGN_OR_RETURN(started.id,
                           store_.CreateSession(user, crypto::HashToken(started.token.reveal()), now,
                                                started.expires_at, label));
  return started;
}

bool Sessions::IsLive(const store::SessionRecord& record, UnixSeconds now) const {
  return now < record.expires_at && now < record.last_seen_at + policy_.idle;
}

Result<Principal> Sessions::Resume(std::string_view token, UnixSeconds now) {
  // A real token is 43 base64url characters; anything else cannot be one, so don't hash it.
  if (token.empty() || token.size() > 128) return Status::Unauthenticated();
  auto found = store_.FindSession(crypto::HashToken(token));
  if (!found.ok()) {
    if (found.status().code() == Code::kNotFound) return Status::Unauthenticated();
    return found.status();
  }
  const store::SessionRecord& s = *found;
  if (!IsLive(s, now)) {
    (void)store_.DeleteSession(s.user, s.id);
    return Status::Unauthenticated("Your session has ended. Please sign in again.");
  }
  if (now - s.last_seen_at >= policy_.touch_every) (void)store_.TouchSession(s.id, now);
  return Principal{s.user, s.id};
}

std::string DeviceLabel(std::string_view ua) {
  auto has = [&](std::string_view needle) { return ua.find(needle) != std::string_view::npos; };
  std::string browser = has("Edg/")       ? "Edge"
                        : has("Firefox/") ? "Firefox"
                        : has("Chromium") ? "Chromium"
                        : has("Chrome/")  ? "Chrome"
                        : has("Safari/")  ? "Safari"
                        : has("curl/")    ? "curl"
                                          : "";
  std::string os = has("Android")                     ? "Android"
                   : has("iPhone") || has("iPad")     ? "iOS"
                   : has("Mac OS X")                  ? "macOS"
                   : has("Windows")                   ? "Windows"
                   : has("Linux") || has("X11")       ? "Linux"
                                                      : "";
  if (browser.empty() && os.empty()) return "Unknown device";
  if (os.empty()) return browser;
  if (browser.empty()) return "A browser on " + os;
  return browser + " on " + os;
}

Status CheckNewPassword(std::string_view password, std::string_view field) {
  auto length = core::Utf8Length(password);
  if (!length) return Status::Invalid("The password is not valid text.", std::string(field));
  if (*length < 10) {
    return Status::Invalid("Please choose a password of at least 10 characters. A few words "
                           "strung together work well.", std::string(field));
  }
  if (*length > 1024) {
    return Status::Invalid("Please choose a password of at most 1,024 characters.", std::string(field));
  }
  return Status::Ok();
}

}  // namespace rapport::auth
