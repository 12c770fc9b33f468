#include "core/practices.h"

#include <algorithm>
#include <array>
#include <set>

#include "core/kind_info.h"

namespace rapport::core {

std::string_view PracticeModeId(PracticeMode m) {
  return m == PracticeMode::kSolo ? "solo" : "together";
}

const std::vector<Practice>& PracticeLibrary() {
  static const std::vector<Practice> library = [] {
    std::vector<Practice> all;
    for (auto part : {content::TalkPractices, content::TouchPractices, content::TogetherPractices}) {
      std::vector<Practice> some = part();
      std::move(some.begin(), some.end(), std::back_inserter(all));
    }
    return all;
  }();
  return library;
}

const Practice* FindPractice(std::string_view id) {
  for (const Practice& p : PracticeLibrary()) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

PracticeHistory::PracticeHistory(std::span<const PracticeEvent> events) {
  for (const PracticeEvent& e : events) {
    Entry& entry = entries_[e.practice_id];
    Date day = Date::FromUnixSeconds(e.at);
    switch (e.state) {
      case PracticeState::kStarted:
        break;
      case PracticeState::kDone:
        if (!entry.last_done || *entry.last_done < day) entry.last_done = day;
        if (e.felt_closer && *e.felt_closer >= 1 && *e.felt_closer <= 5) {
          entry.rating_sum += *e.felt_closer;
          ++entry.rating_count;
        }
        break;
      case PracticeState::kNotNow:
        if (!entry.last_not_now || *entry.last_not_now < day) entry.last_not_now = day;
        break;
    }
  }
}

const PracticeHistory::Entry* PracticeHistory::Find(std::string_view id) const {
  auto it = entries_.find(id);
  return it == entries_.end() ? nullptr : &it->second;
}

bool PracticeHistory::Resting(std::string_view id, Date today) const {
  const Entry* e = Find(id);
  if (!e) return false;
  // Day 0 is today: done on any of the last 7 days (today − 6 .. today) means "just done".
  // An event dated after today (clock skew between devices) also counts as recent.
  if (e->last_done && today - *e->last_done < kJustDoneDays) return true;
  if (e->last_not_now && today - *e->last_not_now < kNotNowDays) return true;
  return false;
}

std::optional<double> PracticeHistory::MeanRating(std::string_view id) const {
  const Entry* e = Find(id);
  if (!e || e->rating_count == 0) return std::nullopt;
  return static_cast<double>(e->rating_sum) / e->rating_count;
}

int PracticeHistory::RatingCount(std::string_view id) const {
  const Entry* e = Find(id);
  return e ? e->rating_count : 0;
}

int PracticeHistory::PreferenceTier(std::string_view id) const {
  const Entry* e = Find(id);
  if (!e || e->rating_count == 0) return 1;
  // Integer comparisons of the mean: sum ≥ threshold × count.
  if (e->rating_sum >= kHelpedRating * e->rating_count) return 0;
  if (e->rating_count >= 2 && e->rating_sum <= kUnhelpfulRating * e->rating_count) return 2;
  return 1;
}

namespace {

bool Serves(const Practice& p, Kind k) {
  return std::find(p.kinds.begin(), p.kinds.end(), k) != p.kinds.end();
}

bool Answers(const Practice& p, std::string_view pattern) {
  return std::find(p.patterns.begin(), p.patterns.end(), pattern) != p.patterns.end();
}

// Stable sort by preference tier: helped first, unhelpful last, library order otherwise.
void PreferHelped(std::vector<const Practice*>& list, const PracticeHistory& history) {
  std::stable_sort(list.begin(), list.end(), [&](const Practice* a, const Practice* b) {
    return history.PreferenceTier(a->id) < history.PreferenceTier(b->id);
  });
}

}  // namespace

std::vector<std::string> PracticesForInsight(std::string_view pattern, std::optional<Kind> kind,
                                             const PracticeHistory& history, Date today,
                                             std::size_t limit) {
  // Tiers, best first. Without a kind: practices answering the pattern. With a kind: those
  // mainly about it (first kind) that answer the pattern, then others mainly about it, then
  // those serving it among others that answer the pattern, then the rest serving it.
  std::array<std::vector<const Practice*>, 4> tiers;
  for (const Practice& p : PracticeLibrary()) {
    if (history.Resting(p.id, today)) continue;
    const bool answers = Answers(p, pattern);
    if (!kind) {
      if (answers) tiers[0].push_back(&p);
      continue;
    }
    if (!Serves(p, *kind)) continue;
    const bool main = p.kinds.front() == *kind;
    tiers[main ? (answers ? 0 : 1) : (answers ? 2 : 3)].push_back(&p);
  }
  std::vector<std::string> out;
  for (auto& tier : tiers) {
    PreferHelped(tier, history);
    for (const Practice* p : tier) {
      if (out.size() >= limit) return out;
      out.emplace_back(p->id);
    }
  }
  return out;
}

std::vector<Recommendation> RecommendPractices(std::span<const Insight> insights,
                                               const ProfileScores* latest_scores,
                                               std::span<const PracticeEvent> events, Date today,
                                               std::size_t limit) {
  PracticeHistory history(events);
  std::vector<Recommendation> out;
  std::set<std::string, std::less<>> taken;
  auto offer = [&](std::vector<const Practice*> list, const std::string& reason) {
    PreferHelped(list, history);
    for (const Practice* p : list) {
      if (out.size() >= limit) return;
      if (history.Resting(p->id, today) || taken.contains(p->id)) continue;
      taken.emplace(p->id);
      out.push_back({std::string(p->id), reason});
    }
  };

  // 1. Pattern insights, in their order; 2. practices that helped (a strength).
  for (Tone tone : {Tone::kPattern, Tone::kStrength}) {
    for (const Insight& insight : insights) {
      if (insight.tone != tone) continue;
      std::vector<const Practice*> list;
      for (const std::string& id : insight.practices) {
        if (const Practice* p = FindPractice(id)) list.push_back(p);
      }
      if (tone == Tone::kPattern) {
        offer(std::move(list), "Linked to the insight \"" + insight.title + "\".");
      } else if (insight.pattern == "practices_help") {
        offer(std::move(list), "You said this one helped you feel closer.");
      }
    }
  }

  // 3. The kinds with the largest gaps in the latest profile.
  if (latest_scores) {
    std::vector<const KindScore*> gaps;
    for (const KindScore& ks : latest_scores->kinds) {
      if (ks.gap && *ks.gap >= kRecommendGapPoints) gaps.push_back(&ks);
    }
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const KindScore* a, const KindScore* b) { return *a->gap > *b->gap; });
    for (const KindScore* ks : gaps) {
      std::vector<const Practice*> list;
      for (const Practice& p : PracticeLibrary()) {
        // A practice's first kind is its main one; prefer practices mainly about this kind.
        if (!p.kinds.empty() && p.kinds.front() == ks->kind) list.push_back(&p);
      }
      offer(std::move(list), "For " + std::string(DescribeKind(ks->kind).phrase) +
                                 ", where you'd like more than you have now.");
    }
  }

  // 4. Gentle starters. Never sexual practices: those come only from a person's own data.
  std::vector<const Practice*> starters;
  for (std::string_view id : {"daily_talk", "high_and_low", "small_touches", "new_together",
                              "appreciation_round", "cuddle_no_expectation"}) {
    if (const Practice* p = FindPractice(id)) starters.push_back(p);
  }
  offer(std::move(starters), "A gentle place to start.");
  return out;
}

}  // namespace rapport::core
