#include "base/time_format.h"

#include <cstdio>

#include "base/date.h"

namespace rapport {

std::string FormatIsoUtc(UnixSeconds t) {
  Date day = Date::FromUnixSeconds(t);
  std::int64_t secs = t - static_cast<std::int64_t>(day.days()) * 86400;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", day.ToString().c_str(),
                static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
  return buf;
}

}  // namespace rapport
