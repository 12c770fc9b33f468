#include "core/desires.h"

namespace rapport::core {

std::string_view DesireAnswerId(DesireAnswer a) {
  switch (a) {
    case DesireAnswer::kYes: return "yes";
    case DesireAnswer::kMaybe: return "maybe";
    case DesireAnswer::kNotNow: return "not_now";
    case DesireAnswer::kNo: return "no";
  }
  return "no";
}

std::optional<DesireAnswer> DesireAnswerFromId(std::string_view id) {
  for (DesireAnswer a : {DesireAnswer::kYes, DesireAnswer::kMaybe, DesireAnswer::kNotNow,
                         DesireAnswer::kNo}) {
    if (DesireAnswerId(a) == id) return a;
  }
  return std::nullopt;
}

const DesireIdea* FindDesireIdea(std::string_view id) {
  for (const DesireIdea& idea : DesireCatalogue()) {
    if (idea.id == id) return &idea;
  }
  return nullptr;
}

bool OffersFreshLook(const DesireAnswerRecord& answer, UnixSeconds now) {
  return now - answer.answered_at >= kFreshLookAfter;
}

namespace {

// Only yes and maybe count as agreement; every other state (no, not now, no answer, an answer
// given after the cutoff) is the same "not open" to the matcher.
bool Open(const DesireAnswerRecord& r, std::optional<UnixSeconds> cutoff) {
  const bool counts = !cutoff || r.answered_at <= *cutoff;
  return counts && (r.answer == DesireAnswer::kYes || r.answer == DesireAnswer::kMaybe);
}

// For each catalogue idea, whether this side is open to it. One pass over the answers, one
// slot per catalogue idea: the work done depends on the catalogue and on the number of
// answers, never on which answers they are. Unknown ids are dropped; when an id appears twice
// the later record wins (callers hold one per idea; this only makes the rule total).
std::vector<char> OpenIdeas(const std::vector<DesireAnswerRecord>& answers,
                            std::optional<UnixSeconds> cutoff) {
  const auto& catalogue = DesireCatalogue();
  std::vector<char> open(catalogue.size(), 0);
  for (const DesireAnswerRecord& r : answers) {
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
      if (catalogue[i].id == r.idea_id) open[i] = Open(r, cutoff) ? 1 : 0;
    }
  }
  return open;
}

}  // namespace

std::vector<std::string> MatchDesires(const std::vector<DesireAnswerRecord>& mine,
                                      std::optional<UnixSeconds> my_cutoff,
                                      const std::vector<DesireAnswerRecord>& theirs,
                                      std::optional<UnixSeconds> their_cutoff) {
  const auto& catalogue = DesireCatalogue();
  const std::vector<char> a = OpenIdeas(mine, my_cutoff);
  const std::vector<char> b = OpenIdeas(theirs, their_cutoff);
  std::vector<std::string> matches;
  matches.reserve(catalogue.size());
  // The whole catalogue, always, with no branch on the other side's answer alone: what is
  // returned and the work done to build it depend only on agreement.
  for (std::size_t i = 0; i < catalogue.size(); ++i) {
    if (a[i] & b[i]) matches.emplace_back(catalogue[i].id);
  }
  return matches;
}

}  // namespace rapport::core
