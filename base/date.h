// Date: a calendar day (proleptic Gregorian, no time zone), stored as days since 1970-01-01.
// Check-ins are keyed by the person's own local day, which the client names as YYYY-MM-DD.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/ids.h"

namespace rapport {

class Date {
 public:
  constexpr Date() = default;
  static constexpr Date FromDays(std::int32_t days_since_epoch) { return Date(days_since_epoch); }
  static Date FromYmd(int year, unsigned month, unsigned day);  // caller guarantees validity
  // Parses exactly "YYYY-MM-DD" naming a real day (years 1900..9999); nullopt otherwise.
  static std::optional<Date> Parse(std::string_view text);
  // The UTC calendar day containing `t`.
  static Date FromUnixSeconds(UnixSeconds t);

  constexpr std::int32_t days() const { return days_; }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  std::string ToString() const;  // "YYYY-MM-DD"

  constexpr Date operator+(int n) const { return Date(days_ + n); }
  constexpr Date operator-(int n) const { return Date(days_ - n); }
  constexpr int operator-(Date other) const { return days_ - other.days_; }
  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

}  // namespace rapport
