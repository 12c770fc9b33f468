// The insight engine's entry points: builds the shared context once (check-ins decoded into
// days, the profile takes scored, the practice history summarised), runs each pattern family,
// and orders the result: patterns first, then strengths, each in kPatternIds order.
#include "core/insights.h"

#include <algorithm>
#include <charconv>

#include "core/insight_rules.h"
#include "core/insights_internal.h"

namespace rapport::core {

std::string_view ToneId(Tone t) { return t == Tone::kStrength ? "strength" : "pattern"; }

std::string_view ConfidenceId(Confidence c) {
  switch (c) {
    case Confidence::kLow: return "low";
    case Confidence::kMedium: return "medium";
    case Confidence::kHigh: return "high";
  }
  return "low";
}

std::optional<int> Evidence::Count(std::string_view name) const {
  for (const NamedCount& c : counts)
    if (c.name == name) return c.value;
  return std::nullopt;
}

std::optional<double> Evidence::Score(std::string_view name) const {
  for (const NamedScore& s : scores)
    if (s.name == name) return s.value;
  return std::nullopt;
}

const ProfileTake* LatestTake(const std::vector<ProfileTake>& history) {
  const ProfileTake* latest = nullptr;
  for (const ProfileTake& t : history) {
    if (!latest || t.taken_at >= latest->taken_at) latest = &t;
  }
  return latest;
}

namespace internal {

Date WindowStart(const Context& ctx) { return ctx.today - (rules::kPatternWindowDays - 1); }
Date PreviousWindowStart(const Context& ctx) {
  return WindowStart(ctx) - rules::kPersistenceWindowDays;
}

std::string Plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string OneDecimal(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 1);
  return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

namespace {

int PatternRank(std::string_view pattern) {
  int rank = 0;
  for (std::string_view id : kPatternIds) {
    if (id == pattern) return rank;
    ++rank;
  }
  return rank;
}

std::optional<ScoredTake> Score(const ProfileTake* take) {
  if (!take) return std::nullopt;
  return ScoredTake{Date::FromUnixSeconds(take->taken_at), ScoreProfile(take->answers)};
}

}  // namespace
}  // namespace internal

InsightReport ComputeInsightReport(const InsightInput& input) {
  using namespace internal;
  const Date today = input.today;
  // Patterns need the current window and the one before it (for persistence); nothing older
  // is decoded, however long the history.
  const Date first = today - (rules::kPatternWindowDays + rules::kPersistenceWindowDays - 1);

  const ProfileTake* latest = LatestTake(input.profile_history);
  const ProfileTake* previous = nullptr;
  for (const ProfileTake& t : input.profile_history) {
    if (&t == latest) continue;
    if (!previous || t.taken_at >= previous->taken_at) previous = &t;
  }
  Context ctx{input, today, DayIndex(input.checkins, first, today), Score(latest), Score(previous),
              PracticeHistory(input.practice_events)};

  Output out;
  SexPatterns(ctx, out);
  TimePatterns(ctx, out);
  ProfilePatterns(ctx, out);

  std::stable_sort(out.insights.begin(), out.insights.end(), [](const Insight& a, const Insight& b) {
    if (a.tone != b.tone) return a.tone == Tone::kPattern;
    return PatternRank(a.pattern) < PatternRank(b.pattern);
  });
  std::stable_sort(out.waiting.begin(), out.waiting.end(),
                   [](const NotEnoughData& a, const NotEnoughData& b) {
                     return PatternRank(a.pattern) < PatternRank(b.pattern);
                   });
  return {std::move(out.insights), std::move(out.waiting)};
}

std::vector<Insight> ComputeInsights(const InsightInput& input) {
  return ComputeInsightReport(input).insights;
}

std::vector<NotEnoughData> InsightsWaitingForData(const InsightInput& input) {
  return ComputeInsightReport(input).not_enough_data;
}

}  // namespace rapport::core
