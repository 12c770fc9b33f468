// LoginLimiter: counts failed sign-ins per key ("account:<email>", "address:<ip>") in a sliding
// window and says when a key must wait. Pure and in-memory: time is a parameter, state lives
// in this process (a restart forgets it; several processes behind one database each count on
// their own — see doc/threat-model.md).
//
// Thread-safe. Memory is bounded: at most `max_keys` keys are tracked; when full, the key whose
// newest failure is oldest is forgotten first.
#pragma once

#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

#include "base/ids.h"

namespace rapport::auth {

struct LoginLimits {
  int max_failures = 10;         // failures allowed inside the window
  UnixSeconds window = 15 * 60;  // the window, in seconds
  std::size_t max_keys = 100'000;
};

class LoginLimiter {
 public:
  explicit LoginLimiter(LoginLimits limits = {}) : limits_(limits) {}

  // 0 when `key` may try now; otherwise the seconds until its oldest counted failure expires.
  UnixSeconds RetryAfter(const std::string& key, UnixSeconds now);
  void RecordFailure(const std::string& key, UnixSeconds now);
  // A successful sign-in clears the account's count (not the address's).
  void Clear(const std::string& key);

 private:
  void Prune(std::deque<UnixSeconds>& failures, UnixSeconds now) const;
  void EvictOne();

  LoginLimits limits_;
  std::mutex mu_;
  std::unordered_map<std::string, std::deque<UnixSeconds>> failures_;
};

}  // namespace rapport::auth
