// The four patterns about what happens around sex. Sex is only ever counted to describe
// what comes with it; no number of sex days is ever judged, praised or suggested.
//
// "Counts" (see doc/insights.md): a sex day d covers d, d+1 and d+2 (rules::kSexWindowDays).
// Sharing, touch, an after-sex feeling, a distant feeling or an unresolved conflict logged on
// any of those days belongs to that sex day; nothing later does.
#include <string>

#include "core/insight_rules.h"
#include "core/insights_internal.h"

namespace rapport::core::internal {
namespace {

using namespace rules;

bool AtLeastPercent(int part, int whole, int percent) { return part * 100 >= percent * whole; }
bool AtMostPercent(int part, int whole, int percent) { return part * 100 <= percent * whole; }

std::vector<Date> SexDays(const DayIndex& days, Date from, Date to) {
  std::vector<Date> out;
  for (Date d = from; d <= to; d = d + 1) {
    const DayFacts* f = days.At(d);
    if (f && f->sex) out.push_back(d);
  }
  return out;
}

// ---- sex_without_closeness -------------------------------------------------------------
struct SexClosenessResult {
  int logged = 0, sex_days = 0, without_sharing = 0, low_closeness = 0;
  std::vector<Date> without;  // sex days without closeness
  double mean_closeness_sex = 0;
  bool enough = false, holds = false;
};

SexClosenessResult EvaluateSexCloseness(const DayIndex& days, Date from, Date to) {
  SexClosenessResult r;
  r.logged = days.Logged(from, to);
  int closeness_sum = 0;
  for (Date d : SexDays(days, from, to)) {
    const DayFacts& f = *days.At(d);
    ++r.sex_days;
    closeness_sum += f.closeness;
    bool shared = days.AnyInSexWindow(d, [](const DayFacts& g) { return g.sharing; });
    bool low = f.closeness <= kLowClosenessMax;
    r.without_sharing += !shared;
    r.low_closeness += low;
    if (!shared || low) r.without.push_back(d);
  }
  if (r.sex_days > 0) r.mean_closeness_sex = static_cast<double>(closeness_sum) / r.sex_days;
  r.enough = r.logged >= kMinCheckinsInWindow && r.sex_days >= kSexlessClosenessMinSexDays;
  r.holds = r.enough &&
            AtLeastPercent(static_cast<int>(r.without.size()), r.sex_days, kSexWithoutClosenessPercent);
  return r;
}

// ---- distance_after_sex ----------------------------------------------------------------
struct DistanceResult {
  int logged = 0, sex_days = 0, after_answer = 0, later_feeling = 0;
  std::vector<Date> distant;
  bool enough = false, holds = false;
};

DistanceResult EvaluateDistance(const DayIndex& days, Date from, Date to) {
  DistanceResult r;
  r.logged = days.Logged(from, to);
  for (Date d : SexDays(days, from, to)) {
    ++r.sex_days;
    bool answer = days.At(d)->DistantAfterSex();
    bool feeling = days.AnyInSexWindow(d, [](const DayFacts& g) { return g.distant_feeling; });
    r.after_answer += answer;
    r.later_feeling += feeling && !answer;
    if (answer || feeling) r.distant.push_back(d);
  }
  int k = static_cast<int>(r.distant.size());
  r.enough = r.logged >= kMinCheckinsInWindow && r.sex_days >= kDistanceMinSexDays;
  r.holds = r.enough && AtLeastPercent(k, r.sex_days, kDistancePercent);
  return r;
}

// ---- touch_only_with_sex ---------------------------------------------------------------
struct TouchResult {
  int logged = 0, sex_days = 0, touch_days = 0, days_away = 0, touch_away = 0;
  std::vector<Date> touch_near;  // touch days near sex
  bool enough = false, holds = false;
};

TouchResult EvaluateTouch(const DayIndex& days, Date from, Date to) {
  TouchResult r;
  for (Date d = from; d <= to; d = d + 1) {
    const DayFacts* f = days.At(d);
    if (!f) continue;
    ++r.logged;
    r.sex_days += f->sex;
    bool near = days.NearSex(d);
    if (!near) ++r.days_away;
    if (!f->touch) continue;
    ++r.touch_days;
    if (near) {
      r.touch_near.push_back(d);
    } else {
      ++r.touch_away;
    }
  }
  r.enough = r.logged >= kMinCheckinsInWindow && r.sex_days >= kTouchMinSexDays &&
             r.touch_days >= kTouchMinTouchDays && r.days_away >= kTouchMinDaysAwayFromSex;
  r.holds = r.enough &&
            AtLeastPercent(static_cast<int>(r.touch_near.size()), r.touch_days, kTouchNearSexPercent) &&
            AtMostPercent(r.touch_away, r.days_away, kTouchAwayFromSexMaxPercent);
  return r;
}

// ---- sex_over_unresolved_fight ---------------------------------------------------------
struct UnresolvedResult {
  int logged = 0, sex_days = 0, unresolved_days = 0;
  std::vector<Date> sex_over_fight;
  bool enough = false, holds = false;
};

UnresolvedResult EvaluateUnresolved(const DayIndex& days, Date from, Date to) {
  UnresolvedResult r;
  r.logged = days.Logged(from, to);
  for (Date d = from; d <= to; d = d + 1) {
    const DayFacts* f = days.At(d);
    if (f && f->conflict == Conflict::kUnresolved) ++r.unresolved_days;
  }
  for (Date d : SexDays(days, from, to)) {
    ++r.sex_days;
    if (days.AnyInSexWindow(d, [](const DayFacts& g) { return g.conflict == Conflict::kUnresolved; })) {
      r.sex_over_fight.push_back(d);
    }
  }
  r.enough = r.logged >= kMinCheckinsInWindow;
  r.holds = r.enough && static_cast<int>(r.sex_over_fight.size()) >= kUnresolvedSexMinDays;
  return r;
}

// ---- shared helpers --------------------------------------------------------------------

// The standard confidence of a sex pattern: low on just enough sex days, medium from twice
// the minimum, high when also medium and persistent.
Confidence SexConfidence(int sex_days, int min_sex_days, bool persistent, std::string& rule) {
  bool medium = sex_days >= kMediumBaseFactor * min_sex_days;
  if (medium && persistent) {
    rule = "High: it held on " + Plural(sex_days, "sex day", "sex days") +
           " in the last 90 days, and in the 90 days before that too.";
    return Confidence::kHigh;
  }
  if (medium) {
    rule = "Medium: based on " + Plural(sex_days, "sex day", "sex days") + " (" +
           std::to_string(kMediumBaseFactor * min_sex_days) +
           " or more); high would need it to hold in the 90 days before as well.";
    return Confidence::kMedium;
  }
  rule = "Low: based on " + Plural(sex_days, "sex day", "sex days") +
         ", just enough to look at; medium needs " +
         std::to_string(kMediumBaseFactor * min_sex_days) + ".";
  return Confidence::kLow;
}

// The not-enough-data note for a sex pattern, or nothing when no sex is logged at all.
void WaitForSexData(Output& out, const char* pattern, int logged, int sex_days, int min_sex_days) {
  if (sex_days == 0) return;
  if (logged < kMinCheckinsInWindow) {
    out.waiting.push_back({pattern, "Needs " + std::to_string(kMinCheckinsInWindow) +
                                        " check-ins in the last 90 days; there are " +
                                        std::to_string(logged) + " so far."});
    return;
  }
  if (sex_days < min_sex_days) {
    out.waiting.push_back(
        {pattern, "This looks at days with sex once " + std::to_string(min_sex_days) +
                      " are logged in 90 days (there are " + std::to_string(sex_days) +
                      "). That is not a goal; a pattern just needs enough days to be fair."});
  }
}

Insight Base(const char* pattern, Tone tone) {
  Insight i;
  i.id = pattern;
  i.pattern = pattern;
  i.tone = tone;
  return i;
}

}  // namespace

void SexPatterns(const Context& ctx, Output& out) {
  const Date from = WindowStart(ctx), to = ctx.today;
  const Date prev_from = PreviousWindowStart(ctx), prev_to = from - 1;

  // sex_without_closeness
  {
    SexClosenessResult r = EvaluateSexCloseness(ctx.days, from, to);
    if (r.holds) {
      bool persistent = EvaluateSexCloseness(ctx.days, prev_from, prev_to).holds;
      Insight i = Base("sex_without_closeness", Tone::kPattern);
      i.title = "Sex, with little closeness around it";
      int k = static_cast<int>(r.without.size());
      i.explanation = "On " + std::to_string(k) + " of the " + std::to_string(r.sex_days) +
                      " days you logged sex in the last 90 days, no moment of sharing was logged "
                      "that day or in the two days after, or felt closeness that day was 3 or "
                      "lower. Sex and emotional closeness are different kinds of intimacy, and "
                      "each counts on its own. When sex becomes the easiest way to feel close, "
                      "the other kinds can get less room. If you both want to, small moments of "
                      "talk that have nothing to do with sex may help.";
      if (persistent) i.explanation += std::string(" This was also true in the 90 days before.") + kTherapistLine;
      i.evidence.days = r.without;
      i.evidence.counts = {{"checkins", r.logged},
                           {"sex_days", r.sex_days},
                           {"sex_days_without_closeness", k},
                           {"sex_days_without_sharing", r.without_sharing},
                           {"sex_days_low_closeness", r.low_closeness}};
      i.evidence.scores = {{"mean_closeness_on_sex_days", r.mean_closeness_sex}};
      i.confidence = SexConfidence(r.sex_days, kSexlessClosenessMinSexDays, persistent, i.confidence_rule);
      i.practices = PracticesForInsight(i.pattern, std::nullopt, ctx.practices, ctx.today);
      out.insights.push_back(std::move(i));
    } else if (!r.enough) {
      WaitForSexData(out, "sex_without_closeness", r.logged, r.sex_days, kSexlessClosenessMinSexDays);
    }
  }

  // distance_after_sex
  {
    DistanceResult r = EvaluateDistance(ctx.days, from, to);
    if (r.holds) {
      bool persistent = EvaluateDistance(ctx.days, prev_from, prev_to).holds;
      Insight i = Base("distance_after_sex", Tone::kPattern);
      i.title = "Distance after sex";
      int k = static_cast<int>(r.distant.size());
      i.explanation = "On " + std::to_string(k) + " of the " + std::to_string(r.sex_days) +
                      " days you logged sex in the last 90 days, you felt more distant or empty "
                      "afterwards, or logged feeling distant or numb within the next two days. "
                      "Feeling far away after being physically close is more common than many "
                      "people think, and it is not a sign that anyone is doing something wrong. "
                      "A gentle, unhurried talk at a calm time can help you both understand it.";
      if (persistent) i.explanation += " This was also true in the 90 days before.";
      i.explanation += kTherapistLine;  // painful by nature: always offered
      i.evidence.days = r.distant;
      i.evidence.counts = {{"checkins", r.logged},
                           {"sex_days", r.sex_days},
                           {"sex_days_followed_by_distance", k},
                           {"after_sex_distant_or_empty", r.after_answer},
                           {"distant_feeling_within_two_days", r.later_feeling}};
      i.confidence = SexConfidence(r.sex_days, kDistanceMinSexDays, persistent, i.confidence_rule);
      i.practices = PracticesForInsight(i.pattern, std::nullopt, ctx.practices, ctx.today);
      out.insights.push_back(std::move(i));
    } else if (!r.enough) {
      WaitForSexData(out, "distance_after_sex", r.logged, r.sex_days, kDistanceMinSexDays);
    }
  }

  // touch_only_with_sex
  {
    TouchResult r = EvaluateTouch(ctx.days, from, to);
    if (r.holds) {
      bool persistent = EvaluateTouch(ctx.days, prev_from, prev_to).holds;
      Insight i = Base("touch_only_with_sex", Tone::kPattern);
      i.title = "Touch mostly comes with sex";
      int near = static_cast<int>(r.touch_near.size());
      i.explanation = "In the last 90 days, " +
                      (near == r.touch_days ? "all " + std::to_string(near) + " of your"
                                            : std::to_string(near) + " of your " +
                                                  std::to_string(r.touch_days)) +
                      " days with affectionate touch were days you logged sex or the two days "
                      "after. On the " + std::to_string(r.days_away) + " days away from sex, " +
                      (r.touch_away == 0 ? std::string("no touch was logged")
                                         : "touch was logged on " + std::to_string(r.touch_away)) +
                      ". Touch that asks for nothing, like a hug, a hand held or a cuddle, is "
                      "closeness of its own. If you both want to, try some touch with no "
                      "expectation of more.";
      if (persistent) i.explanation += std::string(" This was also true in the 90 days before.") + kTherapistLine;
      i.evidence.days = r.touch_near;
      i.evidence.counts = {{"checkins", r.logged},
                           {"sex_days", r.sex_days},
                           {"touch_days", r.touch_days},
                           {"touch_days_near_sex", near},
                           {"days_away_from_sex", r.days_away},
                           {"touch_days_away_from_sex", r.touch_away}};
      i.confidence = SexConfidence(r.sex_days, kTouchMinSexDays, persistent, i.confidence_rule);
      i.practices = PracticesForInsight(i.pattern, std::nullopt, ctx.practices, ctx.today);
      out.insights.push_back(std::move(i));
    } else if (!r.enough && r.sex_days > 0) {
      if (r.logged < kMinCheckinsInWindow || r.sex_days < kTouchMinSexDays) {
        WaitForSexData(out, "touch_only_with_sex", r.logged, r.sex_days, kTouchMinSexDays);
      } else if (r.touch_days < kTouchMinTouchDays) {
        out.waiting.push_back({"touch_only_with_sex",
                               "Looks at touch once at least " + std::to_string(kTouchMinTouchDays) +
                                   " days with affectionate touch are logged in 90 days; there are " +
                                   std::to_string(r.touch_days) + "."});
      } else {
        out.waiting.push_back({"touch_only_with_sex",
                               "Needs at least " + std::to_string(kTouchMinDaysAwayFromSex) +
                                   " check-ins on days away from sex to compare with; there are " +
                                   std::to_string(r.days_away) + "."});
      }
    }
  }

  // sex_over_unresolved_fight
  {
    UnresolvedResult r = EvaluateUnresolved(ctx.days, from, to);
    if (r.holds) {
      UnresolvedResult before = EvaluateUnresolved(ctx.days, prev_from, prev_to);
      bool persistent = before.holds;
      Insight i = Base("sex_over_unresolved_fight", Tone::kPattern);
      i.title = "Sex while a disagreement is still open";
      int k = static_cast<int>(r.sex_over_fight.size());
      i.explanation = "On " + std::to_string(k) +
                      " days in the last 90, you logged sex while a disagreement was still "
                      "unresolved that day or in the two days after. Sex can be a way to "
                      "reconnect, and it can also cover over a disagreement that comes back "
                      "later. When you both feel ready, a calm repair talk can help settle the "
                      "disagreement itself.";
      if (persistent) i.explanation += " This was also true in the 90 days before.";
      i.explanation += kTherapistLine;
      i.evidence.days = r.sex_over_fight;
      i.evidence.counts = {{"checkins", r.logged},
                           {"sex_days", r.sex_days},
                           {"unresolved_conflict_days", r.unresolved_days},
                           {"sex_days_with_unresolved_conflict", k}};
      if (k > kUnresolvedSexMinDays && persistent) {
        i.confidence = Confidence::kHigh;
        i.confidence_rule = "High: it happened " + std::to_string(k) +
                            " times in the last 90 days, and in the 90 days before as well.";
      } else if (k > kUnresolvedSexMinDays) {
        i.confidence = Confidence::kMedium;
        i.confidence_rule = "Medium: it happened " + std::to_string(k) +
                            " times; high would need it in the 90 days before as well.";
      } else {
        i.confidence = Confidence::kLow;
        i.confidence_rule = "Low: it happened twice, just enough to mention.";
      }
      i.practices = PracticesForInsight(i.pattern, std::nullopt, ctx.practices, ctx.today);
      out.insights.push_back(std::move(i));
    } else if (!r.enough) {
      WaitForSexData(out, "sex_over_unresolved_fight", r.logged, r.sex_days, 1);
    }
  }
}

}  // namespace rapport::core::internal
