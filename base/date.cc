#include "base/date.h"

#include <chrono>
#include <cstdio>

namespace rapport {
namespace {

namespace chr = std::chrono;
using chr::sys_days;
using chr::year_month_day;

year_month_day Ymd(std::int32_t d) { return year_month_day{sys_days{chr::days{d}}}; }

bool TwoDigits(std::string_view s, unsigned& out) {
  if (s.size() != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return false;
  out = (s[0] - '0') * 10 + (s[1] - '0');
  return true;
}

}  // namespace

Date Date::FromYmd(int y, unsigned m, unsigned d) {
  return Date(static_cast<std::int32_t>(
      sys_days{chr::year{y} / chr::month{m} / chr::day{d}}.time_since_epoch().count()));
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0;
  for (char c : text.substr(0, 4)) {
    if (c < '0' || c > '9') return std::nullopt;
    y = y * 10 + (c - '0');
  }
  unsigned m = 0, d = 0;
  if (!TwoDigits(text.substr(5, 2), m) || !TwoDigits(text.substr(8, 2), d)) return std::nullopt;
  if (y < 1900) return std::nullopt;
  year_month_day ymd{chr::year{y} / chr::month{m} / chr::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return FromYmd(y, m, d);
}

Date Date::FromUnixSeconds(UnixSeconds t) {
  // Floor division so that instants before 1970 land on the right day.
  std::int64_t d = t / 86400;
  if (t % 86400 < 0) --d;
  return Date(static_cast<std::int32_t>(d));
}

int Date::year() const { return static_cast<int>(Ymd(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(Ymd(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(Ymd(days_).day()); }

std::string Date::ToString() const {
  auto ymd = Ymd(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

}  // namespace rapport
