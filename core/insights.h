// The insight engine: a pure function from one person's data (and whatever their partner has
// shared with them) and today's date to explainable insights.
//
// Contract:
// - Pure and deterministic: same input, same output. No clock, no I/O. Thread-safe.
// - It never diagnoses, never names a person as the cause, and never sets or suggests a
//   sexual frequency. Sex is counted only to describe what happens around it.
// - No insight appears before its minimum data exists (core/insight_rules.h). Patterns that
//   lack data are listed in `not_enough_data` with what they still need — except sex-based
//   patterns when no sex is logged at all: nothing is "missing" then, and no one should read
//   a hint that it ought to be.
// - Inputs may be in any order. Check-ins after `today` are ignored. If two check-ins share a
//   day, the later one in the vector wins. Unknown moment or feeling ids are ignored.
// - Cost: linear in the number of check-ins and profile takes; only the most recent 180 days
//   of check-ins are decoded (see doc/insights.md and bench/insights_bench.cc).
#pragma once

#include <optional>
#include <vector>

#include "base/date.h"
#include "core/checkin.h"
#include "core/insight.h"
#include "core/practice_log.h"
#include "core/profile.h"

namespace rapport::core {

// What a partner has granted to this person. Each part is present only when granted.
// Insights treat an absent part and an empty one alike (nothing to compare). Only the
// not_enough_data wording differs: absent says "if your partner chooses to share", present but
// empty says "needs check-ins from each of you". To make a pause look like "nothing new", pass
// a paused share as present and empty (or as the caller's policy on pauses requires).
struct PartnerShare {
  std::optional<ProfileScores> profile;          // their latest shared profile scores
  std::optional<std::vector<Checkin>> checkins;  // their shared check-ins
};

struct InsightInput {
  std::vector<ProfileTake> profile_history;   // my takes, any order; the latest counts most
  std::vector<Checkin> checkins;              // mine, any order
  std::vector<PracticeEvent> practice_events; // mine, any order
  std::optional<PartnerShare> partner;        // absent when not linked or nothing shared
  Date today;                                 // my local today
};

struct InsightReport {
  // Pattern insights first (fixed order below), then strengths. See doc/insights.md.
  std::vector<Insight> insights;
  std::vector<NotEnoughData> not_enough_data;
};

// Pattern ids, in the order their insights appear.
inline constexpr std::string_view kPatternIds[] = {
    "sex_without_closeness", "distance_after_sex", "touch_only_with_sex",
    "sex_over_unresolved_fight", "closeness_trend", "unmet_need", "more_than_wanted",
    "needs_differ", "steady", "conflicts_resolved", "practices_help", "shared_moments",
    "need_met"};

InsightReport ComputeInsightReport(const InsightInput& input);
// The insights of ComputeInsightReport alone.
std::vector<Insight> ComputeInsights(const InsightInput& input);
// The not_enough_data part of ComputeInsightReport alone.
std::vector<NotEnoughData> InsightsWaitingForData(const InsightInput& input);

// The latest take by taken_at (ties: the later in the vector), or nullptr when none.
const ProfileTake* LatestTake(const std::vector<ProfileTake>& history);

}  // namespace rapport::core
