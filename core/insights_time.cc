// Patterns over time and strengths: closeness_trend, steady, conflicts_resolved,
// practices_help and shared_moments.
#include <algorithm>
#include <map>
#include <string>

#include "core/catalogue.h"
#include "core/insight_rules.h"
#include "core/insights_internal.h"
#include "core/kind_info.h"

namespace rapport::core::internal {
namespace {

using namespace rules;

void ClosenessTrend(const Context& ctx, Output& out) {
  const Date from = ctx.today - (kTrendWindowDays - 1);
  const Date recent_from = ctx.today - (kTrendWindowDays / 2 - 1);
  int n_early = 0, n_recent = 0, sum_early = 0, sum_recent = 0;
  std::vector<Date> days;
  for (Date d = from; d <= ctx.today; d = d + 1) {
    const DayFacts* f = ctx.days.At(d);
    if (!f) continue;
    days.push_back(d);
    if (d < recent_from) {
      ++n_early;
      sum_early += f->closeness;
    } else {
      ++n_recent;
      sum_recent += f->closeness;
    }
  }
  const int n = n_early + n_recent;
  const int span = days.empty() ? 0 : days.back() - days.front() + 1;
  if (n < kTrendMinCheckins || span < kTrendMinSpanDays || n_early < kTrendMinPerHalf ||
      n_recent < kTrendMinPerHalf) {
    out.waiting.push_back({"closeness_trend",
                           "Needs " + std::to_string(kTrendMinCheckins) +
                               " check-ins spread over at least two of the last four weeks, "
                               "with some in each fortnight; there are " +
                               std::to_string(n) + " so far."});
    return;
  }
  // change = mean_recent − mean_early, compared in tenths without rounding:
  // 10 × (sum_recent·n_early − sum_early·n_recent) against threshold × n_early·n_recent.
  const long long scaled = 10LL * (static_cast<long long>(sum_recent) * n_early -
                                   static_cast<long long>(sum_early) * n_recent);
  const long long unit = static_cast<long long>(n_early) * n_recent;
  const bool up = scaled >= kTrendMinChangeTenths * unit;
  const bool down = scaled <= -kTrendMinChangeTenths * unit;
  if (!up && !down) return;

  const double mean_early = static_cast<double>(sum_early) / n_early;
  const double mean_recent = static_cast<double>(sum_recent) / n_recent;
  Insight i;
  i.pattern = "closeness_trend";
  i.id = up ? "closeness_trend.up" : "closeness_trend.down";
  i.tone = up ? Tone::kStrength : Tone::kPattern;
  i.title = up ? "Closeness is rising" : "Closeness has dipped lately";
  i.explanation = "Your felt closeness averaged " + OneDecimal(mean_early) +
                  " out of 7 in the two weeks before last, and " + OneDecimal(mean_recent) +
                  " in the last two weeks (from " + Plural(n, "check-in", "check-ins") + ").";
  const bool high = n >= kTrendHighCheckins && (up ? scaled >= kTrendHighChangeTenths * unit
                                                   : scaled <= -kTrendHighChangeTenths * unit);
  if (up) {
    i.explanation += " Something seems to be helping; it may be worth noticing together what "
                     "it is.";
  } else {
    i.explanation += " Dips happen, often with stress, illness or busy weeks. Asking each other "
                     "how you are both doing may help.";
    if (high) i.explanation += kTherapistLine;
  }
  i.evidence.days = days;
  i.evidence.counts = {{"checkins", n}, {"checkins_earlier", n_early}, {"checkins_recent", n_recent}};
  i.evidence.scores = {{"mean_closeness_earlier", mean_early},
                       {"mean_closeness_recent", mean_recent},
                       {"change", mean_recent - mean_early}};
  if (high) {
    i.confidence = Confidence::kHigh;
    i.confidence_rule = "High: " + std::to_string(n) +
                        " check-ins (20 or more) and a change of 1.5 points or more.";
  } else if (n >= kTrendMediumCheckins) {
    i.confidence = Confidence::kMedium;
    i.confidence_rule = "Medium: " + std::to_string(n) +
                        " check-ins; high needs 20 and a change of 1.5 points or more.";
  } else {
    i.confidence = Confidence::kLow;
    i.confidence_rule = "Low: " + std::to_string(n) + " check-ins, just enough; medium needs 14.";
  }
  // A rise is the couple's own doing: nothing to prescribe. A dip gets gentle suggestions.
  if (down) i.practices = PracticesForInsight(i.pattern, std::nullopt, ctx.practices, ctx.today);
  out.insights.push_back(std::move(i));
}

void Steady(const Context& ctx, Output& out) {
  const Date from = ctx.today - (kSteadyWindowDays - 1);
  const Date prev_from = from - kSteadyWindowDays;
  auto count = [&](Date a, Date b, std::array<int, kKindCount>& per_kind) {
    int n = 0;
    per_kind.fill(0);
    for (Date d = a; d <= b; d = d + 1) {
      const DayFacts* f = ctx.days.At(d);
      if (!f) continue;
      ++n;
      for (Kind k : kAllKinds) per_kind[KindIndex(k)] += f->HasKind(k);
    }
    return n;
  };
  std::array<int, kKindCount> now{}, before{};
  const int n = count(from, ctx.today, now);
  const int n_before = count(prev_from, from - 1, before);
  if (n < kSteadyMinCheckins) {
    out.waiting.push_back({"steady", "Needs " + std::to_string(kSteadyMinCheckins) +
                                         " check-ins in the last four weeks; there are " +
                                         std::to_string(n) + "."});
    return;
  }
  std::vector<Kind> kinds;
  for (Kind k : kAllKinds) {
    // Never sexual: an amount of sex is never a strength or a shortfall.
    if (k != Kind::kSexual && now[KindIndex(k)] * 100 >= kSteadyPercent * n) kinds.push_back(k);
  }
  std::stable_sort(kinds.begin(), kinds.end(),
                   [&](Kind a, Kind b) { return now[KindIndex(a)] > now[KindIndex(b)]; });
  if (kinds.size() > static_cast<std::size_t>(kSteadyMaxShown)) kinds.resize(kSteadyMaxShown);
  for (Kind k : kinds) {
    const KindInfo& info = DescribeKind(k);
    Insight i;
    i.pattern = "steady";
    i.id = "steady." + std::string(KindId(k));
    i.tone = Tone::kStrength;
    i.kind = k;
    i.title = "Steady " + std::string(info.phrase);
    i.explanation = "You logged moments of " + std::string(info.phrase) + " on " +
                    std::to_string(now[KindIndex(k)]) + " of your " + std::to_string(n) +
                    " check-ins in the last four weeks. That is a strength worth keeping.";
    for (Date d = from; d <= ctx.today; d = d + 1) {
      const DayFacts* f = ctx.days.At(d);
      if (f && f->HasKind(k)) i.evidence.days.push_back(d);
    }
    i.evidence.counts = {{"checkins", n}, {"days_with_kind", now[KindIndex(k)]}};
    bool before_too = n_before >= kSteadyMinCheckins &&
                      before[KindIndex(k)] * 100 >= kSteadyPercent * n_before;
    i.confidence = before_too ? Confidence::kHigh : Confidence::kMedium;
    i.confidence_rule = before_too ? "High: it held in the four weeks before, too."
                                   : "Medium: seen in the last four weeks; high if it holds in "
                                     "the four weeks before as well.";
    i.practices = PracticesForInsight("steady", k, ctx.practices, ctx.today, 2);
    out.insights.push_back(std::move(i));
  }
}

struct RepairResult {
  int logged = 0, conflicts = 0, resolved = 0;
  std::vector<Date> resolved_days;
  bool holds = false;
};

RepairResult EvaluateRepair(const DayIndex& days, Date from, Date to) {
  RepairResult r;
  for (Date d = from; d <= to; d = d + 1) {
    const DayFacts* f = days.At(d);
    if (!f) continue;
    ++r.logged;
    if (f->conflict == Conflict::kNone) continue;
    ++r.conflicts;
    if (f->conflict == Conflict::kResolved) {
      ++r.resolved;
      r.resolved_days.push_back(d);
    }
  }
  r.holds = r.logged >= kMinCheckinsInWindow && r.conflicts >= kRepairMinConflicts &&
            r.resolved * 100 >= kRepairPercent * r.conflicts;
  return r;
}

void ConflictsResolved(const Context& ctx, Output& out) {
  const Date from = WindowStart(ctx);
  RepairResult r = EvaluateRepair(ctx.days, from, ctx.today);
  if (r.logged < kMinCheckinsInWindow) {
    out.waiting.push_back({"conflicts_resolved", "Needs " + std::to_string(kMinCheckinsInWindow) +
                                                     " check-ins in the last 90 days; there are " +
                                                     std::to_string(r.logged) + " so far."});
    return;
  }
  if (!r.holds) return;
  bool before_too = EvaluateRepair(ctx.days, PreviousWindowStart(ctx), from - 1).holds;
  Insight i;
  i.pattern = i.id = "conflicts_resolved";
  i.tone = Tone::kStrength;
  i.title = "Disagreements get resolved";
  i.explanation = "Of the " + std::to_string(r.conflicts) +
                  " disagreements you logged in the last 90 days, " + std::to_string(r.resolved) +
                  " were marked resolved. Finding your way back to each other after a "
                  "disagreement is a real strength.";
  i.evidence.days = r.resolved_days;
  i.evidence.counts = {{"checkins", r.logged}, {"conflicts", r.conflicts}, {"resolved", r.resolved}};
  if (before_too && r.conflicts >= 2 * kRepairMinConflicts) {
    i.confidence = Confidence::kHigh;
    i.confidence_rule = "High: six or more disagreements, mostly resolved, and the same in the "
                        "90 days before.";
  } else if (r.conflicts >= 2 * kRepairMinConflicts) {
    i.confidence = Confidence::kMedium;
    i.confidence_rule = "Medium: six or more disagreements logged; high if the 90 days before "
                        "looked the same.";
  } else {
    i.confidence = Confidence::kLow;
    i.confidence_rule = "Low: based on just a few disagreements.";
  }
  out.insights.push_back(std::move(i));
}

void PracticesHelp(const Context& ctx, Output& out) {
  const Date from = WindowStart(ctx);
  int rated = 0, sum = 0, helped = 0;
  std::vector<Date> days;
  std::map<std::string, std::pair<int, int>> per_practice;  // id -> (sum, count)
  for (const PracticeEvent& e : ctx.input.practice_events) {
    if (e.state != PracticeState::kDone || !e.felt_closer) continue;
    const int v = *e.felt_closer;
    if (v < 1 || v > 5) continue;
    const Date day = Date::FromUnixSeconds(e.at);
    if (day < from || day > ctx.today) continue;
    ++rated;
    sum += v;
    helped += v >= kHelpedRating;
    days.push_back(day);
    auto& [s, c] = per_practice[e.practice_id];
    s += v;
    ++c;
  }
  if (rated < kPracticesMinRated) {
    out.waiting.push_back({"practices_help",
                           "Appears once you've rated how close you felt after " +
                               std::to_string(kPracticesMinRated) +
                               " practices in 90 days; there are " + std::to_string(rated) + "."});
    return;
  }
  if (sum < kHelpedRating * rated) return;
  std::sort(days.begin(), days.end());
  Insight i;
  i.pattern = i.id = "practices_help";
  i.tone = Tone::kStrength;
  i.title = "Practices seem to help";
  const double mean = static_cast<double>(sum) / rated;
  i.explanation = "You rated " + std::to_string(rated) +
                  " practices you finished in the last 90 days. Your average answer to \"felt "
                  "closer?\" was " + OneDecimal(mean) + " out of 5, and " + std::to_string(helped) +
                  " were a 4 or 5. What helps you is worth coming back to.";
  i.evidence.days = days;
  i.evidence.counts = {{"rated", rated}, {"helped", helped}};
  i.evidence.scores = {{"mean_felt_closer", mean}};
  if (rated >= kPracticesHighRated) {
    i.confidence = Confidence::kHigh;
    i.confidence_rule = "High: 10 or more ratings.";
  } else if (rated >= kPracticesMediumRated) {
    i.confidence = Confidence::kMedium;
    i.confidence_rule = "Medium: 5 or more ratings; high from 10.";
  } else {
    i.confidence = Confidence::kLow;
    i.confidence_rule = "Low: a few ratings so far; medium from 5.";
  }
  // Suggest the ones that helped most, best first, unless resting.
  std::vector<std::pair<std::string, std::pair<int, int>>> ranked(per_practice.begin(), per_practice.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    // Compare means a.sum/a.count > b.sum/b.count without division.
    return a.second.first * b.second.second > b.second.first * a.second.second;
  });
  for (const auto& [id, sc] : ranked) {
    if (i.practices.size() >= 3) break;
    if (sc.first < kHelpedRating * sc.second) continue;
    if (!FindPractice(id) || ctx.practices.Resting(id, ctx.today)) continue;
    i.practices.push_back(id);
  }
  out.insights.push_back(std::move(i));
}

void SharedMoments(const Context& ctx, Output& out) {
  const auto& partner = ctx.input.partner;
  if (!partner || !partner->checkins) {
    out.waiting.push_back({"shared_moments",
                           "Appears only if your partner chooses to share check-ins with you."});
    return;
  }
  const Date from = ctx.today - (kSharedWindowDays - 1);
  DayIndex theirs(*partner->checkins, from, ctx.today);
  const int mine_n = ctx.days.Logged(from, ctx.today);
  const int theirs_n = theirs.Logged(from, ctx.today);
  if (mine_n < kSharedMinCheckins || theirs_n < kSharedMinCheckins) {
    out.waiting.push_back({"shared_moments", "Needs " + std::to_string(kSharedMinCheckins) +
                                                 " check-ins from each of you in the last four "
                                                 "weeks."});
    return;
  }
  std::vector<Date> days;
  std::array<int, 64> per_moment{};
  for (Date d = from; d <= ctx.today; d = d + 1) {
    const DayFacts* a = ctx.days.At(d);
    const DayFacts* b = theirs.At(d);
    if (!a || !b) continue;
    std::uint64_t both = a->moments & b->moments;
    if (!both) continue;
    days.push_back(d);
    for (int m = 0; m < 64; ++m) per_moment[m] += (both >> m) & 1u;
  }
  if (static_cast<int>(days.size()) < kSharedMinDays) return;
  int top = static_cast<int>(std::max_element(per_moment.begin(), per_moment.end()) - per_moment.begin());
  Insight i;
  i.pattern = i.id = "shared_moments";
  i.tone = Tone::kStrength;
  i.title = "Moments you both noticed";
  i.explanation = "On " + std::to_string(days.size()) +
                  " days in the last four weeks, you and your partner both logged the same "
                  "moment";
  const auto& moments = TheCatalogue().moments;
  if (top < static_cast<int>(moments.size())) {
    i.explanation += ", most often \"" + std::string(moments[top].label) + "\"";
  }
  i.explanation += ". When you both notice a moment, it mattered to both of you.";
  i.evidence.days = days;
  i.evidence.counts = {{"checkins", mine_n},
                       {"partner_checkins", theirs_n},
                       {"days_with_shared_moment", static_cast<int>(days.size())}};
  const bool medium = static_cast<int>(days.size()) >= 2 * kSharedMinDays;
  i.confidence = medium ? Confidence::kMedium : Confidence::kLow;
  i.confidence_rule = medium ? "Medium: 12 or more days with a moment you both logged."
                             : "Low: just enough shared days; medium from 12.";
  out.insights.push_back(std::move(i));
}

}  // namespace

void TimePatterns(const Context& ctx, Output& out) {
  ClosenessTrend(ctx, out);
  Steady(ctx, out);
  ConflictsResolved(ctx, out);
  PracticesHelp(ctx, out);
  SharedMoments(ctx, out);
}

}  // namespace rapport::core::internal
