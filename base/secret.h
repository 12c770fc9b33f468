// Secret<T>: wraps a value that must never reach a log (passwords, tokens, keys, plaintext).
// There is deliberately no operator<< and no implicit conversion; reading it takes an explicit
// reveal(), which is easy to find in review. The destructor wipes string storage.
#pragma once

#include <string>
#include <utility>

namespace rapport {

void SecureWipe(void* data, std::size_t size);  // not optimised away

template <typename T>
class Secret {
 public:
  Secret() = default;
  explicit Secret(T value) : value_(std::move(value)) {}
  Secret(const Secret&) = default;
  Secret& operator=(const Secret&) = default;
  Secret(Secret&&) noexcept = default;
  Secret& operator=(Secret&&) noexcept = default;
  ~Secret() {
    if constexpr (std::is_same_v<T, std::string>) SecureWipe(value_.data(), value_.size());
  }

  const T& reveal() const { return value_; }

 private:
  T value_{};
};

}  // namespace rapport
