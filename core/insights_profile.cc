// Patterns from the intimacy profile: unmet_need, more_than_wanted, needs_differ (only with a
// partner's shared profile) and need_met. Every per-kind insight id ends in ".<kind>".
#include <algorithm>
#include <cstdlib>
#include <string>

#include "core/insight_rules.h"
#include "core/insights_internal.h"
#include "core/kind_info.h"

namespace rapport::core::internal {
namespace {

using namespace rules;

std::string Capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

Insight KindInsight(const char* pattern, Tone tone, Kind kind) {
  Insight i;
  i.pattern = pattern;
  i.id = std::string(pattern) + "." + std::string(KindId(kind));
  i.tone = tone;
  i.kind = kind;
  return i;
}

void AddScores(Insight& i, const KindScore& ks) {
  i.evidence.scores = {{"have", static_cast<double>(*ks.have.score)},
                       {"want", static_cast<double>(*ks.want.score)},
                       {"gap", static_cast<double>(*ks.gap)}};
  i.evidence.counts = {{"have_answered", ks.have.answered},
                       {"want_answered", ks.want.answered},
                       {"items", ks.have.items}};
}

// Confidence for a gap seen in the latest take: low when that take is stale, high when the
// previous take (at least four weeks earlier) showed the same, medium otherwise.
Confidence GapConfidence(const Context& ctx, bool previous_too, std::string& rule) {
  if (ctx.today - ctx.latest->day > kProfileStaleDays) {
    rule = "Low: your latest profile is more than six months old, and needs change. A retake "
           "would tell.";
    return Confidence::kLow;
  }
  if (previous_too) {
    rule = "High: your previous profile, from " + ctx.previous->day.ToString() +
           ", showed the same.";
    return Confidence::kHigh;
  }
  rule = "Medium: from one profile; high would need a second take, at least four weeks "
         "later, that shows the same.";
  return Confidence::kMedium;
}

bool PreviousCounts(const Context& ctx) {
  return ctx.previous && ctx.latest->day - ctx.previous->day >= kProfilePersistenceMinDays;
}

}  // namespace

void ProfilePatterns(const Context& ctx, Output& out) {
  if (!ctx.latest) {
    for (const char* p : {"unmet_need", "more_than_wanted", "need_met"}) {
      out.waiting.push_back({p, "Appears after you take the intimacy profile."});
    }
    out.waiting.push_back({"needs_differ", "Appears only when you and your partner have both "
                                           "chosen to share a profile with each other."});
    return;
  }
  const ProfileScores& mine = ctx.latest->scores;
  const std::string taken = ctx.latest->day.ToString();

  // unmet_need and more_than_wanted, largest gaps first.
  std::vector<const KindScore*> by_gap;
  for (const KindScore& ks : mine.kinds) {
    if (ks.gap) by_gap.push_back(&ks);
  }
  std::stable_sort(by_gap.begin(), by_gap.end(), [](const KindScore* a, const KindScore* b) {
    return std::abs(*a->gap) > std::abs(*b->gap);
  });
  for (const KindScore* ks : by_gap) {
    const KindInfo& info = DescribeKind(ks->kind);
    const KindScore* before = PreviousCounts(ctx) ? &ctx.previous->scores.For(ks->kind) : nullptr;
    if (*ks->gap >= kGapPoints) {
      Insight i = KindInsight("unmet_need", Tone::kPattern, ks->kind);
      bool previous_too = before && before->gap && *before->gap >= kGapPoints;
      i.title = "You'd like more " + std::string(info.phrase);
      i.explanation = "In your latest profile (" + taken + "), " + std::string(info.phrase) +
                      " is at " + std::to_string(*ks->have.score) +
                      " out of 100 for you now, and you'd like it at " +
                      std::to_string(*ks->want.score) + ": a gap of " + std::to_string(*ks->gap) +
                      " points. Wanting more of something is a need, not a fault in anyone.";
      if (ks->kind == Kind::kSexual) {
        i.explanation += " It can help to talk about it at a calm time, with no pressure on "
                         "either of you.";
      } else {
        i.explanation += " The practices below are small ways to grow it, if you want to.";
      }
      if (previous_too) i.explanation += std::string(" Your previous profile showed this too.") + kTherapistLine;
      AddScores(i, *ks);
      i.evidence.days = {ctx.latest->day};
      i.confidence = GapConfidence(ctx, previous_too, i.confidence_rule);
      i.practices = PracticesForInsight(i.pattern, ks->kind, ctx.practices, ctx.today);
      out.insights.push_back(std::move(i));
    } else if (*ks->gap <= -kGapPoints) {
      Insight i = KindInsight("more_than_wanted", Tone::kPattern, ks->kind);
      bool previous_too = before && before->gap && *before->gap <= -kGapPoints;
      i.title = "More " + std::string(info.phrase) + " than you'd like right now";
      i.explanation = "In your latest profile (" + taken + "), " + std::string(info.phrase) +
                      " is at " + std::to_string(*ks->have.score) +
                      " out of 100 for you now, and you'd like it at " +
                      std::to_string(*ks->want.score) +
                      ". Wanting less of something, for a while or for good, is as valid as "
                      "wanting more. You can say so kindly, and you can change your answers "
                      "later.";
      if (previous_too) i.explanation += std::string(" Your previous profile showed this too.") + kTherapistLine;
      AddScores(i, *ks);
      i.evidence.days = {ctx.latest->day};
      i.confidence = GapConfidence(ctx, previous_too, i.confidence_rule);
      i.practices = PracticesForInsight(i.pattern, std::nullopt, ctx.practices, ctx.today);
      out.insights.push_back(std::move(i));
    }
  }

  // needs_differ: both levels always shown, side by side; neither is called right.
  const ProfileScores* theirs =
      ctx.input.partner && ctx.input.partner->profile ? &*ctx.input.partner->profile : nullptr;
  if (!theirs) {
    out.waiting.push_back({"needs_differ", "Appears only when you and your partner have both "
                                           "chosen to share a profile with each other."});
  } else {
    for (Kind k : kAllKinds) {
      const KindScore& a = mine.For(k);
      const KindScore& b = theirs->For(k);
      if (!a.want.scored() || !b.want.scored()) continue;
      int difference = std::abs(*a.want.score - *b.want.score);
      if (difference < kWantDifferencePoints) continue;
      const KindInfo& info = DescribeKind(k);
      Insight i = KindInsight("needs_differ", Tone::kPattern, k);
      i.title = "Different hopes for " + std::string(info.phrase);
      i.explanation = "In your latest shared profiles, you'd like " + std::string(info.phrase) +
                      " at about " + std::to_string(*a.want.score) +
                      " out of 100, and your partner at about " + std::to_string(*b.want.score) +
                      ". Both are real needs, and neither is the right amount. Many couples live "
                      "well with different levels. It can help to talk about what each of you "
                      "hopes for, with no pressure on either side.";
      i.evidence.days = {ctx.latest->day};
      i.evidence.scores = {{"want", static_cast<double>(*a.want.score)},
                           {"partner_want", static_cast<double>(*b.want.score)},
                           {"difference", static_cast<double>(difference)}};
      if (a.have.scored()) i.evidence.scores.push_back({"have", static_cast<double>(*a.have.score)});
      if (b.have.scored()) {
        i.evidence.scores.push_back({"partner_have", static_cast<double>(*b.have.score)});
      }
      if (difference >= kWantDifferenceHighPoints) {
        i.confidence = Confidence::kHigh;
        i.confidence_rule = "High: your wants differ by " + std::to_string(difference) +
                            " points (40 or more).";
      } else {
        i.confidence = Confidence::kMedium;
        i.confidence_rule = "Medium: your wants differ by " + std::to_string(difference) +
                            " points (25 or more; high from 40).";
      }
      i.practices = PracticesForInsight(i.pattern, k, ctx.practices, ctx.today);
      out.insights.push_back(std::move(i));
    }
  }

  // need_met: up to two kinds that feel about right, the highest first.
  std::vector<const KindScore*> met;
  for (const KindScore& ks : mine.kinds) {
    if (ks.gap && std::abs(*ks.gap) <= kNeedMetMaxGap && *ks.have.score >= kNeedMetMinHave) {
      met.push_back(&ks);
    }
  }
  std::stable_sort(met.begin(), met.end(), [](const KindScore* a, const KindScore* b) {
    return *a->have.score > *b->have.score;
  });
  if (met.size() > static_cast<std::size_t>(kNeedMetMaxShown)) met.resize(kNeedMetMaxShown);
  for (const KindScore* ks : met) {
    const KindInfo& info = DescribeKind(ks->kind);
    Insight i = KindInsight("need_met", Tone::kStrength, ks->kind);
    i.title = Capitalised(info.phrase) + " feels about right";
    i.explanation = "In your latest profile (" + taken + "), " + std::string(info.phrase) +
                    " is at " + std::to_string(*ks->have.score) + " out of 100, close to the " +
                    std::to_string(*ks->want.score) +
                    " you'd like. That is worth noticing, and keeping.";
    AddScores(i, *ks);
    i.evidence.days = {ctx.latest->day};
    if (ctx.today - ctx.latest->day > kProfileStaleDays) {
      i.confidence = Confidence::kLow;
      i.confidence_rule = "Low: your latest profile is more than six months old.";
    } else {
      i.confidence = Confidence::kMedium;
      i.confidence_rule = "Medium: from your latest profile.";
    }
    out.insights.push_back(std::move(i));
  }
}

}  // namespace rapport::core::internal
