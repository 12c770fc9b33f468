#include "store/row_crypto.h"

#include <sodium.h>

#include "crypto/envelope.h"
#include "crypto/sodium_init.h"

namespace rapport::store::internal {
namespace {

std::string Join(std::string_view table, UserId owner, std::string_view row = {}) {
  std::string ad(table);
  ad += '|';
  ad += std::to_string(owner.value());
  if (!row.empty()) {
    ad += '|';
    ad += row;
  }
  return ad;
}

}  // namespace

std::string UserKeyAd(UserId user) { return Join("user_key", user); }
std::string CheckinAd(UserId owner, Date day) { return Join("checkins", owner, day.ToString()); }
std::string ProfileAd(UserId owner, std::int64_t id, UnixSeconds taken_at) {
  return Join("profiles", owner, std::to_string(id) + "|" + std::to_string(taken_at));
}
std::string ProfileDraftAd(UserId owner) { return Join("profile_drafts", owner); }
std::string PracticeEventAd(UserId owner, std::int64_t id, UnixSeconds at) {
  return Join("practice_events", owner, std::to_string(id) + "|" + std::to_string(at));
}
std::string SharingStateAd(UserId owner, std::string_view field) {
  return Join("sharing_states", owner, field);
}
std::string AccessAd(UserId owner, std::int64_t id, UnixSeconds at) {
  return Join("access_log", owner, std::to_string(id) + "|" + std::to_string(at));
}
std::string DesireAnswersAd(UserId owner) { return Join("desire_answers", owner); }

std::string SealToText(const Secret<std::string>& key, std::string_view plaintext,
                       std::string_view associated_data) {
  std::string sealed = crypto::Seal(key, plaintext, associated_data);
  std::string text(sodium_base64_ENCODED_LEN(sealed.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(sealed.data()),
                    sealed.size(), sodium_base64_VARIANT_ORIGINAL);
  text.resize(text.size() - 1);  // the encoder's terminating NUL
  return text;
}

Result<Secret<std::string>> OpenFromText(const Secret<std::string>& key, std::string_view text,
                                 std::string_view associated_data) {
  crypto::EnsureSodium();
  std::string sealed(text.size(), '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(sealed.data()), sealed.size(),
                        text.data(), text.size(), nullptr, &len, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0) {
    return Status::Internal("ciphertext does not open");
  }
  sealed.resize(len);
  RAPPORT_ASSIGN_OR_RETURN(std::string plain, crypto::Open(key, sealed, associated_data));
  return Secret<std::string>(std::move(plain));
}

DataKey KeyCache::Get(UserId user) {
  std::lock_guard lock(mu_);
  auto it = entries_.find(user);
  if (it == entries_.end()) return nullptr;
  order_.splice(order_.begin(), order_, it->second.position);
  return it->second.key;
}

void KeyCache::Put(UserId user, DataKey key) {
  std::lock_guard lock(mu_);
  if (auto it = entries_.find(user); it != entries_.end()) {
    it->second.key = std::move(key);
    order_.splice(order_.begin(), order_, it->second.position);
    return;
  }
  order_.push_front(user);
  entries_.emplace(user, Entry{std::move(key), order_.begin()});
  if (entries_.size() > capacity_) {
    entries_.erase(order_.back());
    order_.pop_back();
  }
}

void KeyCache::Erase(UserId user) {
  std::lock_guard lock(mu_);
  if (auto it = entries_.find(user); it != entries_.end()) {
    order_.erase(it->second.position);
    entries_.erase(it);
  }
}

}  // namespace rapport::store::internal
