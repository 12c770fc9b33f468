// How intimate rows are sealed: associated data that binds table, owner and row; ciphertext
// kept as base64 text; the cache of unwrapped per-user data keys. Internal to store/.
//
// Ciphertext columns are TEXT holding standard base64 of nonce||ciphertext||tag in both
// engines: BLOB handling differs between SOCI's two backends, and TEXT keeps one code path
// (the cost is a third more bytes).
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/date.h"
#include "base/ids.h"
#include "base/secret.h"
#include "base/status.h"

namespace rapport::store::internal {

// Associated data. A sealed value opens only under the exact string it was sealed with, so a
// ciphertext moved to another row, day, owner or table does not open.
std::string UserKeyAd(UserId user);                                       // user_key|<user>
std::string CheckinAd(UserId owner, Date day);                            // checkins|<owner>|<day>
std::string ProfileAd(UserId owner, std::int64_t id, UnixSeconds taken_at);
std::string ProfileDraftAd(UserId owner);
std::string PracticeEventAd(UserId owner, std::int64_t id, UnixSeconds at);
// sharing_states|<owner>|paused and sharing_states|<owner>|safety: each field of the row is
// sealed on its own, so that setting one never needs to read the other.
std::string SharingStateAd(UserId owner, std::string_view field);
std::string AccessAd(UserId owner, std::int64_t id, UnixSeconds at);  // access_log|<owner>|<id>|<at>
std::string DesireAnswersAd(UserId owner);                            // desire_answers|<owner>

// Seal (crypto/envelope.h) then base64.
std::string SealToText(const Secret<std::string>& key, std::string_view plaintext,
                       std::string_view associated_data);
// Reverse of SealToText. kInternal "ciphertext does not open" for anything that does not
// decode and authenticate.
Result<Secret<std::string>> OpenFromText(const Secret<std::string>& key, std::string_view text,
                                 std::string_view associated_data);

using DataKey = std::shared_ptr<const Secret<std::string>>;

// Unwrapped data keys by user, least recently used evicted first. Thread-safe.
// Holds only keys read from committed rows (or created by a committed CreateUser): ids are
// never reused by either engine, so an entry can never belong to someone else.
class KeyCache {
 public:
  explicit KeyCache(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  DataKey Get(UserId user);  // null when absent
  void Put(UserId user, DataKey key);
  void Erase(UserId user);

 private:
  using Order = std::list<UserId>;
  struct Entry {
    DataKey key;
    Order::iterator position;
  };

  const std::size_t capacity_;
  std::mutex mu_;
  Order order_;  // most recently used first
  std::unordered_map<UserId, Entry> entries_;
};

}  // namespace rapport::store::internal
