#include "auth/login_limiter.h"

namespace rapport::auth {

void LoginLimiter::Prune(std::deque<UnixSeconds>& failures, UnixSeconds now) const {
  while (!failures.empty() && failures.front() <= now - limits_.window) failures.pop_front();
}

UnixSeconds LoginLimiter::RetryAfter(const std::string& key, UnixSeconds now) {
  std::lock_guard lock(mu_);
  auto it = failures_.find(key);
  if (it == failures_.end()) return 0;
  Prune(it->second, now);
  if (static_cast<int>(it->second.size()) < limits_.max_failures) return 0;
  return it->second.front() + limits_.window - now;
}

void LoginLimiter::RecordFailure(const std::string& key, UnixSeconds now) {
  std::lock_guard lock(mu_);
  auto it = failures_.find(key);
  if (it == failures_.end()) {
    if (failures_.size() >= limits_.max_keys) EvictOne();
    it = failures_.emplace(key, std::deque<UnixSeconds>{}).first;
  }
  Prune(it->second, now);
  it->second.push_back(now);
  // Keep only what can matter: more than max_failures entries never change the answer.
  while (static_cast<int>(it->second.size()) > limits_.max_failures) it->second.pop_front();
}

void LoginLimiter::Clear(const std::string& key) {
  std::lock_guard lock(mu_);
  failures_.erase(key);
}

void LoginLimiter::EvictOne() {
  // Linear, but only when the table is full, which takes an attack; an attacker spreading
  // over many keys gains nothing from evictions because each key still needs 10 failures.
  auto victim = failures_.begin();
  for (auto it = failures_.begin(); it != failures_.end(); ++it) {
    UnixSeconds newest = it->second.empty() ? 0 : it->second.back();
    UnixSeconds victim_newest = victim->second.empty() ? 0 : victim->second.back();
    if (newest < victim_newest) victim = it;
  }
  if (victim != failures_.end()) failures_.erase(victim);
}

}  // namespace rapport::auth
