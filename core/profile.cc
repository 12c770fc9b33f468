#include "core/profile.h"

#include <string>
#include <tuple>

#include "core/kind_info.h"

namespace rapport::core {

const ProfileInstrument* FindProfileInstrument(int version) {
  const ProfileInstrument& current = TheProfileInstrument();
  return version == current.version ? &current : nullptr;
}

int MinAnsweredFor(int items) { return (items * kMinAnsweredPercent + 99) / 100; }

namespace {

struct Tally {
  int items = 0;
  int answered = 0;
  int keyed_sum = 0;  // sum of answers after reverse keying, each 1..5

  void Add(const std::map<std::string, int>& answers, std::string_view id, bool reverse) {
    ++items;
    auto it = answers.find(std::string(id));
    if (it == answers.end()) return;
    int v = it->second;
    if (v < kProfileScaleMin || v > kProfileScaleMax) return;
    ++answered;
    keyed_sum += reverse ? (kProfileScaleMin + kProfileScaleMax - v) : v;
  }

  ScaleScore Score() const {
    ScaleScore s;
    s.items = items;
    s.answered = answered;
    if (items > 0 && answered >= MinAnsweredFor(items)) {
      // Mean of 1..5 mapped to 0..100, rounded half up, in integers:
      // 100 * (mean − 1) / 4 = 25 * (sum − n) / n.
      s.score = (100 * (keyed_sum - answered) + 2 * answered) / (4 * answered);
    }
    return s;
  }
};

}  // namespace

ProfileScores ScoreProfile(const ProfileAnswers& answers) {
  ProfileScores out;
  out.instrument_version = answers.instrument_version;
  for (Kind k : kAllKinds) out.kinds[KindIndex(k)].kind = k;
  const ProfileInstrument* instrument = FindProfileInstrument(answers.instrument_version);
  if (!instrument) return out;

  std::array<Tally, kKindCount> have{}, want{};
  for (const ProfileItem& item : instrument->items) {
    have[KindIndex(item.kind)].Add(answers.have, item.id, item.reverse);
    want[KindIndex(item.kind)].Add(answers.want, item.id, item.reverse);
  }
  for (Kind k : kAllKinds) {
    KindScore& ks = out.kinds[KindIndex(k)];
    ks.have = have[KindIndex(k)].Score();
    ks.want = want[KindIndex(k)].Score();
    if (ks.have.scored() && ks.want.scored()) ks.gap = *ks.want.score - *ks.have.score;
  }
  Tally comfort;
  for (const ComfortItem& item : instrument->comfort_items) {
    comfort.Add(answers.comfort, item.id, item.reverse);
  }
  out.comfort = comfort.Score();
  return out;
}

namespace {

template <typename Known>
Status CheckAnswers(const std::map<std::string, int>& answers, const char* field, Known known) {
  for (const auto& [id, value] : answers) {
    if (!known(id)) {
      return Status::Invalid("'" + id + "' is not a question in this profile.", field);
    }
    if (value < kProfileScaleMin || value > kProfileScaleMax) {
      return Status::Invalid("Answers are whole numbers from 1 to 5 ('" + id + "').", field);
    }
  }
  return Status::Ok();
}

}  // namespace

Status ValidateProfileAnswers(const ProfileAnswers& answers, bool require_complete) {
  const ProfileInstrument& instrument = TheProfileInstrument();
  if (answers.instrument_version != instrument.version) {
    return Status::Invalid("This profile version is not the current one (" +
                               std::to_string(instrument.version) + ").",
                           "version");
  }
  auto is_item = [&](const std::string& id) {
    for (const ProfileItem& item : instrument.items)
      if (item.id == id) return true;
    return false;
  };
  auto is_comfort = [&](const std::string& id) {
    for (const ComfortItem& item : instrument.comfort_items)
      if (item.id == id) return true;
    return false;
  };
  RAPPORT_RETURN_IF_ERROR(CheckAnswers(answers.have, "have", is_item));
  RAPPORT_RETURN_IF_ERROR(CheckAnswers(answers.want, "want", is_item));
  RAPPORT_RETURN_IF_ERROR(CheckAnswers(answers.comfort, "comfort", is_comfort));
  if (!require_complete) return Status::Ok();

  // A take needs one kind answered well enough to score, have and want alike. Every other
  // scale may be skipped: someone may not want to answer about sexual closeness at all, and
  // the closeness-comfort scale is private and optional. Skipped scales are reported as not
  // scored, never guessed.
  ProfileScores scores = ScoreProfile(answers);
  for (const KindScore& ks : scores.kinds) {
    if (ks.scored()) return Status::Ok();
  }
  return Status::Invalid("Please answer at least " + std::to_string(MinAnsweredFor(scores.kinds[0].have.items)) +
                             " of the \"how it is now\" and of the \"how you'd like it\" questions about "
                             "at least one kind of closeness. You can skip any other kind.",
                         "have");
  return Status::Ok();
}

}  // namespace rapport::core
