// Internal to the insight engine: what every pattern function sees, and small helpers.
// Each pattern family lives in its own file (insights_sex.cc, insights_profile.cc,
// insights_time.cc); insights.cc runs them in order.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/insight.h"
#include "core/insight_days.h"
#include "core/insights.h"
#include "core/practices.h"
#include "core/profile.h"

namespace rapport::core::internal {

struct ScoredTake {
  Date day;  // UTC day of taken_at
  ProfileScores scores;
};

struct Context {
  const InsightInput& input;
  Date today;
  DayIndex days;                      // my check-ins, today − 179 .. today
  std::optional<ScoredTake> latest;   // my latest profile take
  std::optional<ScoredTake> previous; // the take before it, if any
  PracticeHistory practices;
};

// What every pattern function appends to.
struct Output {
  std::vector<Insight> insights;
  std::vector<NotEnoughData> waiting;
};

void SexPatterns(const Context& ctx, Output& out);      // insights_sex.cc
void ProfilePatterns(const Context& ctx, Output& out);  // insights_profile.cc
void TimePatterns(const Context& ctx, Output& out);     // insights_time.cc (trend, strengths)

// The first day of the pattern window ending today, and of the window before it.
Date WindowStart(const Context& ctx);
Date PreviousWindowStart(const Context& ctx);

// Wording helpers shared by the pattern files. Evidence carries Dates; the UI formats them.
std::string Plural(int n, const char* one, const char* many);  // "1 day", "3 days"
std::string OneDecimal(double v);                             // "4.5"

// Appended to the explanation of a pattern that persists or is painful.
inline constexpr const char* kTherapistLine =
    " If this keeps coming up, or it hurts, a couples therapist can help you both look at it "
    "together.";

}  // namespace rapport::core::internal
