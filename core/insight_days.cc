#include "core/insight_days.h"

#include <algorithm>
#include <string_view>

#include "core/catalogue.h"
#include "core/insight_rules.h"

namespace rapport::core::internal {
namespace {

static_assert(rules::kSexWindowDays == 3, "AnyInSexWindow and NearSex assume d, d+1, d+2");

struct MomentTraits {
  std::string_view id;
  int index = 0;
  std::uint8_t kinds = 0;
  bool is_sex = false;
  bool is_conflict = false;
};

// The catalogue's moments sorted by id, for a binary search per moment instead of a linear
// scan with string compares: decoding stays cheap even for years of check-ins.
const std::vector<MomentTraits>& SortedMoments() {
  static const std::vector<MomentTraits> sorted = [] {
    std::vector<MomentTraits> out;
    const auto& moments = TheCatalogue().moments;
    for (std::size_t i = 0; i < moments.size(); ++i) {
      MomentTraits t;
      t.id = moments[i].id;
      t.index = static_cast<int>(i);
      for (Kind k : moments[i].kinds) t.kinds |= static_cast<std::uint8_t>(1u << KindIndex(k));
      t.is_sex = moments[i].is_sex;
      t.is_conflict = moments[i].is_conflict;
      out.push_back(t);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
  }();
  return sorted;
}

const MomentTraits* FindTraits(std::string_view id) {
  const auto& sorted = SortedMoments();
  auto it = std::lower_bound(sorted.begin(), sorted.end(), id,
                             [](const MomentTraits& t, std::string_view v) { return t.id < v; });
  return it != sorted.end() && it->id == id ? &*it : nullptr;
}

DayFacts Decode(const Checkin& c) {
  DayFacts f;
  f.logged = true;
  f.closeness = static_cast<std::int8_t>(std::clamp(c.closeness, kMinCloseness, kMaxCloseness));
  f.conflict = c.conflict;
  f.after_sex = c.after_sex;
  constexpr std::uint8_t kEmotionalBit = 1u << KindIndex(Kind::kEmotional);
  constexpr std::uint8_t kAffectionateBit = 1u << KindIndex(Kind::kAffectionate);
  for (const std::string& id : c.moments) {
    const MomentTraits* t = FindTraits(id);
    if (!t) continue;
    if (t->is_sex) f.sex = true;
    // The conflict moment is filed under "emotional" in the catalogue, but a fight is not
    // sharing: it never counts as an emotional moment here.
    if (t->is_conflict) continue;
    f.kinds |= t->kinds;
    if (t->kinds & kEmotionalBit) f.sharing = true;
    if (t->kinds & kAffectionateBit) f.touch = true;
    // Shared moments leave out anything sexual: a shared strength is never about sex.
    constexpr std::uint8_t kSexualBit = 1u << KindIndex(Kind::kSexual);
    if (!(t->kinds & kSexualBit) && !t->is_sex && t->index < 64) {
      f.moments |= std::uint64_t{1} << t->index;
    }
  }
  for (const std::string& w : c.feelings) {
    if (w == "distant" || w == "numb") f.distant_feeling = true;
  }
  // An after-sex feeling only means something on a sex day (validation enforces this too).
  if (!f.sex) f.after_sex.reset();
  return f;
}

}  // namespace

DayIndex::DayIndex(std::span<const Checkin> checkins, Date first, Date last) : first_(first) {
  if (last < first) return;
  days_.resize(static_cast<std::size_t>(last - first + 1));
  for (const Checkin& c : checkins) {
    if (c.day < first || c.day > last) continue;
    days_[static_cast<std::size_t>(c.day - first)] = Decode(c);
  }
}

int DayIndex::Logged(Date from, Date to) const {
  int n = 0;
  for (Date d = std::max(from, first_); d <= to && d <= last(); d = d + 1) n += At(d) != nullptr;
  return n;
}

bool DayIndex::NearSex(Date day) const {
  for (int k = 0; k < rules::kSexWindowDays; ++k) {
    const DayFacts* f = At(day - k);
    if (f && f->sex) return true;
  }
  return false;
}

}  // namespace rapport::core::internal
