// The practice library (exercises for one or both partners) and the recommender.
// The practices themselves are our own writing in content/practices_*.cc.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "core/insight.h"
#include "core/kinds.h"
#include "core/practice_log.h"
#include "core/profile.h"

namespace rapport::core {

enum class PracticeMode { kSolo, kTogether };
std::string_view PracticeModeId(PracticeMode m);  // "solo", "together"

struct Practice {
  std::string_view id;      // stable: stored in practice events; never rename
  std::string_view title;
  std::string_view why;     // what it is for, in two or three sentences
  std::vector<std::string_view> steps;  // in order; the UI numbers them
  int minutes = 10;
  PracticeMode mode = PracticeMode::kTogether;
  std::vector<Kind> kinds;  // the kinds it serves, at least one
  std::string_view not_when;  // when not to use it
  std::vector<std::string_view> patterns;  // insight patterns it answers, may be empty
};

// The whole library, in a fixed order. Built once, immutable.
const std::vector<Practice>& PracticeLibrary();
const Practice* FindPractice(std::string_view id);

// A practice done in the last 7 days is not suggested again: repeating it at once adds
// little and turns an invitation into a chore. Day 0 is today.
inline constexpr int kJustDoneDays = 7;
// "Not now" hides a practice from suggestions for 14 days: long enough to be respected,
// short enough that circumstances may have changed.
inline constexpr int kNotNowDays = 14;
// A practice rated this or higher ("felt closer? 1–5") counts as one that helped.
inline constexpr int kHelpedRating = 4;
// A practice with a mean rating at or below this, over at least two ratings, goes last.
inline constexpr int kUnhelpfulRating = 2;
// A gap (want − have) of at least this many points puts a kind's practices on the list.
inline constexpr int kRecommendGapPoints = 15;
inline constexpr std::size_t kMaxRecommendations = 5;

// What a person's practice events say about each practice. Days are UTC days of `at`.
class PracticeHistory {
 public:
  explicit PracticeHistory(std::span<const PracticeEvent> events);

  // True while a practice should not be suggested: done within kJustDoneDays of `today`, or
  // set to "not now" within kNotNowDays.
  bool Resting(std::string_view id, Date today) const;
  // Mean "felt closer" rating over done events with a rating, if any.
  std::optional<double> MeanRating(std::string_view id) const;
  int RatingCount(std::string_view id) const;
  // Sorting key: 0 for practices that helped (mean ≥ 4), 1 unrated or in between, 2 for
  // practices rated unhelpful (mean ≤ 2 over ≥ 2 ratings).
  int PreferenceTier(std::string_view id) const;

 private:
  struct Entry {
    std::optional<Date> last_done, last_not_now;
    int rating_sum = 0, rating_count = 0;
  };
  const Entry* Find(std::string_view id) const;
  std::map<std::string, Entry, std::less<>> entries_;
};

// Practices for an insight, best first, at most `limit`, resting ones left out. Without a
// kind: those listing the pattern. With a kind: only practices serving that kind, those mainly
// about it (their first kind) first, and those listing the pattern before the others. Within
// each step, practices that helped come first and ones rated unhelpful last.
std::vector<std::string> PracticesForInsight(std::string_view pattern, std::optional<Kind> kind,
                                             const PracticeHistory& history, Date today,
                                             std::size_t limit = 3);

struct Recommendation {
  std::string practice_id;
  std::string reason;  // one plain sentence
  friend bool operator==(const Recommendation&, const Recommendation&) = default;
};

// Recommends up to `limit` practices, best first, no repeats:
//  1. practices suggested by pattern insights, in the insights' order;
//  2. practices a person rated as helping (from a "practices_help" strength);
//  3. practices serving the kinds with the largest gaps (≥ kRecommendGapPoints) in the
//     latest profile scores, when given;
//  4. a few gentle starters (never sexual ones), so a new person has somewhere to begin.
// Resting practices (just done, or "not now") are never recommended. Within each step,
// practices that helped come first and ones rated unhelpful last. Pure.
std::vector<Recommendation> RecommendPractices(std::span<const Insight> insights,
                                               const ProfileScores* latest_scores,
                                               std::span<const PracticeEvent> events, Date today,
                                               std::size_t limit = kMaxRecommendations);

namespace content {
// Parts of the library, one per content file; PracticeLibrary() joins them in this order.
std::vector<Practice> TalkPractices();      // content/practices_talk.cc
std::vector<Practice> TouchPractices();     // content/practices_touch.cc
std::vector<Practice> TogetherPractices();  // content/practices_together.cc
}  // namespace content

}  // namespace rapport::core
