// Desires and boundaries: ideas across all six kinds (talks, rituals, touch, play, sexual
// ideas, shared meaning), each answered privately yes / maybe / not now / no.
//
// Matching reveals only agreement: an idea is shown to both partners when both answered yes
// or maybe. Nothing else about a partner's answers can be derived from the result — not a
// "no", not whether they answered, not how many, not when.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "core/kinds.h"

namespace rapport::core {

enum class DesireAnswer { kYes, kMaybe, kNotNow, kNo };

std::string_view DesireAnswerId(DesireAnswer a);  // "yes", "maybe", "not_now", "no"
std::optional<DesireAnswer> DesireAnswerFromId(std::string_view id);

struct DesireIdea {
  std::string_view id;           // stable: stored in answers, never rename
  Kind kind;
  std::string_view title;
  std::string_view description;  // one or two plain sentences
};

struct DesireAnswerRecord {
  std::string idea_id;
  DesireAnswer answer = DesireAnswer::kNo;
  UnixSeconds answered_at = 0;
  friend bool operator==(const DesireAnswerRecord&, const DesireAnswerRecord&) = default;
};

// The catalogue (content/desires.cc), at least 60 ideas covering every kind, in a fixed order.
const std::vector<DesireIdea>& DesireCatalogue();
const DesireIdea* FindDesireIdea(std::string_view id);

// An answer older than this is offered for a fresh look: needs change over time.
inline constexpr UnixSeconds kFreshLookAfter = 90 * 24 * 3600;
bool OffersFreshLook(const DesireAnswerRecord& answer, UnixSeconds now);

// Idea ids both people answered yes or maybe, in catalogue order. Symmetric: the same for
// both. Each side's answers given after its `cutoff` (sharing paused, or the safety check)
// are ignored, so a hold looks like "no new answers". Unknown idea ids are ignored.
std::vector<std::string> MatchDesires(const std::vector<DesireAnswerRecord>& mine,
                                      std::optional<UnixSeconds> my_cutoff,
                                      const std::vector<DesireAnswerRecord>& theirs,
                                      std::optional<UnixSeconds> their_cutoff);

}  // namespace rapport::core
