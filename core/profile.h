// The intimacy profile (assessment): the instrument, scoring and validation of answer sets.
//
// Each item is a statement about one kind of intimacy, answered twice on a 1–5 scale: "how it
// is now" (have) and "how I'd like it" (want). Reverse-keyed items say the opposite of
// closeness ("Our talks rarely go beyond the practical"); they are flipped (6 − answer) before
// scoring, for have and want alike, so a higher score always means more of that kind. The
// closeness-comfort scale is answered once, privately; a higher score means more at ease
// with closeness. The items are our own writing (content/profile_items.cc).
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "base/ids.h"
#include "base/status.h"
#include "core/kinds.h"
#include "core/profile_answers.h"

namespace rapport::core {

inline constexpr int kProfileScaleMin = 1;
inline constexpr int kProfileScaleMax = 5;
// A scale is scored only when at least 80% of its items are answered: with fewer, one or two
// answers would swing the score too far to mean much. With 5 items per kind, 4 are needed.
inline constexpr int kMinAnsweredPercent = 80;

struct ProfileItem {
  std::string_view id;    // stable, stored inside answer sets: never rename
  Kind kind;
  std::string_view text;  // a statement, answered "how true is this now / would I like it"
  bool reverse = false;   // true: agreeing means less of this kind
};

struct ComfortItem {
  std::string_view id;
  std::string_view text;
  bool reverse = false;   // true: agreeing means less at ease with closeness
};

struct ProfileInstrument {
  int version = 0;
  std::array<std::string_view, 5> scale_labels;  // for 1..5
  std::string_view have_prompt;     // the question put to every item for "have"
  std::string_view want_prompt;     // ... for "want"
  std::string_view comfort_prompt;  // ... for comfort items
  std::vector<ProfileItem> items;          // at least 4 per kind
  std::vector<ComfortItem> comfort_items;  // at least 6
};

// The current instrument compiled into this binary (content/profile_items.cc).
const ProfileInstrument& TheProfileInstrument();
// The instrument with this version, or nullptr when this binary does not know it.
const ProfileInstrument* FindProfileInstrument(int version);

// How many answers a scale of `items` items needs to be scored: ceil(80% of items).
int MinAnsweredFor(int items);

// One scale's result. `score` is 0–100 (rounded), present only when scored.
struct ScaleScore {
  std::optional<int> score;
  int answered = 0;
  int items = 0;
  bool scored() const { return score.has_value(); }
  friend bool operator==(const ScaleScore&, const ScaleScore&) = default;
};

struct KindScore {
  Kind kind = Kind::kEmotional;
  ScaleScore have;
  ScaleScore want;
  std::optional<int> gap;  // want − have, −100..100; only when both are scored
  bool scored() const { return gap.has_value(); }
  friend bool operator==(const KindScore&, const KindScore&) = default;
};

struct ProfileScores {
  int instrument_version = 0;
  std::array<KindScore, kKindCount> kinds{};  // in kAllKinds order
  ScaleScore comfort;
  const KindScore& For(Kind k) const { return kinds[KindIndex(k)]; }
  friend bool operator==(const ProfileScores&, const ProfileScores&) = default;
};

// Scores an answer set against the instrument of its version. Unknown item ids and values
// outside 1..5 are ignored (validate first to refuse them). An unknown instrument version
// gives a result with nothing scored. Pure; never fails.
ProfileScores ScoreProfile(const ProfileAnswers& answers);

// Checks an answer set against the current instrument.
// - instrument_version must be the current version (field "version");
// - every id in have/want must be a profile item, every id in comfort a comfort item
//   (field "have", "want" or "comfort", naming the unknown id);
// - every value must be a whole number 1..5 (same fields);
// - with require_complete (a final take, not a draft), at least one kind must be scored (80%
//   of its have and of its want items answered). Any other kind, and the comfort scale, may
//   be skipped; they are then reported as not scored. A draft may be answered in any part.
Status ValidateProfileAnswers(const ProfileAnswers& answers, bool require_complete);

// One take of the profile, as kept in the history: every retake is a new take.
struct ProfileTake {
  UnixSeconds taken_at = 0;
  ProfileAnswers answers;
  friend bool operator==(const ProfileTake&, const ProfileTake&) = default;
};

}  // namespace rapport::core
