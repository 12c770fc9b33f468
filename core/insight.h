// What the insight engine produces: explainable observations about a person's own data.
// Types only; the engine is in core/insights.h, the rules in core/insight_rules.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "core/kinds.h"

namespace rapport::core {

// A strength is something going well; a pattern is something worth a gentle look. Neither
// is a verdict on anyone.
enum class Tone { kStrength, kPattern };
enum class Confidence { kLow, kMedium, kHigh };

std::string_view ToneId(Tone t);              // "strength", "pattern"
std::string_view ConfidenceId(Confidence c);  // "low", "medium", "high"

struct NamedCount {
  std::string name;  // snake_case, stable: "sex_days", "distant_after"
  int value = 0;
  friend bool operator==(const NamedCount&, const NamedCount&) = default;
};

struct NamedScore {
  std::string name;  // snake_case, stable: "mean_closeness_recent", "want", "partner_want"
  double value = 0;
  friend bool operator==(const NamedScore&, const NamedScore&) = default;
};

// What an insight is based on, so a person can check it against their own memory.
struct Evidence {
  std::vector<Date> days;          // the days that count towards the insight, oldest first
  std::vector<NamedCount> counts;  // in a fixed order per pattern
  std::vector<NamedScore> scores;  // in a fixed order per pattern

  std::optional<int> Count(std::string_view name) const;
  std::optional<double> Score(std::string_view name) const;
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Insight {
  // Stable across recomputations while the insight holds, so the UI can link to it:
  // the pattern id, plus ".<kind>" or ".<direction>" where one pattern can hold several
  // times ("unmet_need.emotional", "closeness_trend.up").
  std::string id;
  std::string pattern;   // "touch_only_with_sex", "unmet_need", ...
  Tone tone = Tone::kPattern;
  std::optional<Kind> kind;  // for per-kind insights
  std::string title;         // short, names the pattern and never the person
  std::string explanation;   // plain, non-blaming; says what the data shows and how sure
  Evidence evidence;
  Confidence confidence = Confidence::kLow;
  std::string confidence_rule;  // why this confidence, in one plain sentence
  std::vector<std::string> practices;  // suggested practice ids, best first, may be empty
  friend bool operator==(const Insight&, const Insight&) = default;
};

// A pattern that cannot be judged yet, and what it still needs, said without pressure.
struct NotEnoughData {
  std::string pattern;
  std::string needs;
  friend bool operator==(const NotEnoughData&, const NotEnoughData&) = default;
};

}  // namespace rapport::core
