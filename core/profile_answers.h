// A person's answers to one take of the intimacy profile (assessment), as stored and scored.
#pragma once

#include <map>
#include <string>

namespace rapport::core {

struct ProfileAnswers {
  int instrument_version = 0;
  std::map<std::string, int> have;     // item id -> 1..5, "how it is now"
  std::map<std::string, int> want;     // item id -> 1..5, "how I'd like it"
  std::map<std::string, int> comfort;  // closeness-comfort item id -> 1..5
  friend bool operator==(const ProfileAnswers&, const ProfileAnswers&) = default;
};

}  // namespace rapport::core
