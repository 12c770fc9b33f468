// The private safety check: a few questions about fear of the partner, being controlled, and
// being forced. When any answer is yes, partner comparison and every flow of data to the
// partner stop, silently; the person sees support resources and how to leave safely. The
// partner sees only "nothing new". The person can undo it. Answers are never stored.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace rapport::core {

struct SafetyItem {
  std::string_view id;
  std::string_view text;  // written with care: plain, no blame, no alarm
};

struct SafetyResource {
  std::string_view title;
  std::string_view body;  // what it is and how to reach it; no links to third-party trackers
};

struct SafetyContent {
  std::string_view intro;                 // why we ask, that it is private, that it can be undone
  std::vector<SafetyItem> items;          // at least 4
  std::string_view positive_message;      // shown when positive: not alone, what changed, what next
  std::vector<SafetyResource> resources;  // support resources and how to leave safely
  std::string_view negative_message;      // shown when all answers are no
};

const SafetyContent& TheSafetyContent();  // content/safety.cc

// answers: item id -> true (yes) / false (no). kInvalid (field "answers") for unknown ids or
// when an item is missing. Positive when any answer is yes.
Result<bool> EvaluateSafetyCheck(const std::map<std::string, bool>& answers);

}  // namespace rapport::core
