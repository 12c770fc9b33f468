// Strong id types: a UserId never converts into a CoupleId or a plain integer by accident.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace rapport {

template <typename Tag>
class StrongId {
 public:
  constexpr StrongId() = default;
  constexpr explicit StrongId(std::int64_t value) : value_(value) {}
  constexpr std::int64_t value() const { return value_; }
  constexpr bool valid() const { return value_ > 0; }
  friend constexpr auto operator<=>(StrongId, StrongId) = default;

 private:
  std::int64_t value_ = 0;
};

using UserId = StrongId<struct UserIdTag>;
using CoupleId = StrongId<struct CoupleIdTag>;
using SessionId = StrongId<struct SessionIdTag>;

// Seconds since the Unix epoch, UTC. core/ never reads the clock: time arrives as this value.
using UnixSeconds = std::int64_t;

}  // namespace rapport

template <typename Tag>
struct std::hash<rapport::StrongId<Tag>> {
  std::size_t operator()(rapport::StrongId<Tag> id) const noexcept {
    return std::hash<std::int64_t>{}(id.value());
  }
};
