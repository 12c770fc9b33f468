#include "core/demo.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

namespace rapport::core {
namespace {

// splitmix64 (Steele, Lea & Flood, 2014): tiny, fast, and the same on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
  bool Chance(int percent) { return Below(100) < percent; }
  int Between(int lo, int hi) { return lo + Below(hi - lo + 1); }
  template <typename T>
  const T& Pick(std::initializer_list<T> list) {
    return *(list.begin() + Below(static_cast<int>(list.size())));
  }

 private:
  std::uint64_t state_;
};

void Add(std::vector<std::string>& list, std::string_view id) {
  if (std::find(list.begin(), list.end(), id) == list.end()) list.emplace_back(id);
}

UnixSeconds EveningOf(Date d) { return static_cast<UnixSeconds>(d.days()) * 86400 + 20 * 3600; }

// An answer set whose scores land on the given 0–100 targets (to the nearest 5): each item's
// keyed answer is 1 + 4·target/100, and the right number of a scale's items, chosen at random,
// is rounded up so the scale's mean hits the target. Integer arithmetic only.
struct Targets {
  std::array<int, kKindCount> have, want;
  int comfort;
};

// Keyed answers for `n` items whose mean is as close as possible to 1 + 4·target/100.
std::vector<int> KeyedAnswers(Rng& rng, int n, int target) {
  const int hundredths = 100 + 4 * std::clamp(target, 0, 100);  // 100..500
  int ups = (hundredths % 100 * n + 50) / 100;
  std::vector<int> keyed(static_cast<std::size_t>(n), hundredths / 100);
  while (ups > 0) {
    int& v = keyed[static_cast<std::size_t>(rng.Below(n))];
    if (v == hundredths / 100) {
      ++v;
      --ups;
    }
  }
  return keyed;
}

ProfileAnswers Answers(Rng& rng, const Targets& t) {
  const ProfileInstrument& instrument = TheProfileInstrument();
  ProfileAnswers a;
  a.instrument_version = instrument.version;
  auto raw = [](const auto& item, int keyed) {
    keyed = std::clamp(keyed, kProfileScaleMin, kProfileScaleMax);
    return item.reverse ? kProfileScaleMin + kProfileScaleMax - keyed : keyed;
  };
  for (Kind k : kAllKinds) {
    std::vector<const ProfileItem*> items;
    for (const ProfileItem& item : instrument.items) {
      if (item.kind == k) items.push_back(&item);
    }
    const int n = static_cast<int>(items.size());
    std::vector<int> have = KeyedAnswers(rng, n, t.have[KindIndex(k)]);
    std::vector<int> want = KeyedAnswers(rng, n, t.want[KindIndex(k)]);
    for (int i = 0; i < n; ++i) {
      a.have[std::string(items[i]->id)] = raw(*items[i], have[i]);
      a.want[std::string(items[i]->id)] = raw(*items[i], want[i]);
    }
  }
  const int n = static_cast<int>(instrument.comfort_items.size());
  std::vector<int> comfort = KeyedAnswers(rng, n, t.comfort);
  for (int i = 0; i < n; ++i) {
    a.comfort[std::string(instrument.comfort_items[i].id)] = raw(instrument.comfort_items[i], comfort[i]);
  }
  return a;
}

PracticeEvent Event(std::string_view id, PracticeState state, Date day, std::optional<int> rating = {}) {
  PracticeEvent e;
  e.practice_id = std::string(id);
  e.state = state;
  e.at = EveningOf(day) + 3600;
  e.felt_closer = rating;
  return e;
}

// Kind order in Targets: emotional, intellectual, affectionate, sexual, experiential, spiritual.
constexpr Targets kFirstEarly{{45, 60, 40, 55, 55, 60}, {60, 65, 55, 80, 70, 60}, 70};
constexpr Targets kFirstLate{{65, 60, 45, 60, 65, 60}, {70, 65, 60, 80, 75, 65}, 70};
constexpr Targets kSecondEarly{{40, 55, 60, 60, 50, 65}, {80, 60, 70, 45, 65, 70}, 45};
constexpr Targets kSecondLate{{35, 55, 60, 60, 50, 65}, {85, 60, 70, 45, 65, 70}, 50};

}  // namespace

DemoData GenerateDemo(std::uint64_t seed, Date today, int days) {
  days = std::max(days, 1);
  Rng rng(seed);
  DemoData out;
  out.today = today;
  out.first.name = "Alex";
  out.second.name = "Sam";
  DemoPartner& a = out.first;
  DemoPartner& b = out.second;

  // Two weeks ago the couple started a daily no-screens talk: closeness rises after it.
  const Date change = today - 13;
  const Date start = today - (days - 1);
  std::vector<bool> sex;  // the couple's sex days, by offset from start

  for (Date d = start; d <= today; d = d + 1) {
    const int t = d - start;
    const bool after_change = d >= change;
    sex.push_back(rng.Chance(22));
    auto sex_on = [&](int back) { return t - back >= 0 && sex[t - back]; };
    const bool sex_today = sex_on(0);
    const bool near_sex = sex_today || sex_on(1) || sex_on(2);

    // A disagreement now and then; when it stays open, it is never near sex.
    Conflict conflict = Conflict::kNone;
    if (rng.Chance(7)) {
      conflict = rng.Chance(85) || near_sex ? Conflict::kResolved : Conflict::kUnresolved;
    }

    // First partner: touch mostly around sex; sharing grows after the change.
    if (rng.Chance(90)) {
      Checkin c;
      c.day = d;
      if (sex_today) {
        Add(c.moments, "sex");
        if (rng.Chance(85)) Add(c.moments, "hug_or_kiss");
        c.after_sex = rng.Chance(60) ? AfterSex::kCloser : AfterSex::kSame;
      } else if (near_sex) {
        if (rng.Chance(45)) Add(c.moments, rng.Pick({"cuddled_no_expectation", "hug_or_kiss"}));
      } else if (rng.Chance(2)) {
        Add(c.moments, "affectionate_touch");
      }
      if (rng.Chance(after_change ? 85 : 40)) {
        Add(c.moments, after_change ? "talked_no_distractions"
                                    : rng.Pick({"shared_feeling", "talked_no_distractions", "felt_heard"}));
      }
      if (rng.Chance(35)) Add(c.moments, "laughed_together");
      if (rng.Chance(20)) Add(c.moments, "cooked_or_ate_together");
      if (rng.Chance(15)) Add(c.moments, "exchanged_ideas");
      if (rng.Chance(10)) Add(c.moments, "gratitude");
      if (conflict != Conflict::kNone) Add(c.moments, "conflict");
      c.conflict = conflict;
      c.closeness = after_change ? rng.Between(5, 6) : rng.Between(3, 4) + (sex_today ? 1 : 0);
      Add(c.feelings, rng.Pick({"calm", "connected", "playful", "tired", "grateful", "stressed"}));
      a.checkins.push_back(std::move(c));
    }

    // Second partner: steady sharing, touch for its own sake, often distant after sex.
    if (rng.Chance(85)) {
      Checkin c;
      c.day = d;
      if (sex_today) {
        Add(c.moments, "sex");
        const int r = rng.Below(100);
        c.after_sex = r < 50 ? AfterSex::kDistant : r < 75 ? AfterSex::kEmpty
                    : r < 90 ? AfterSex::kSame    : AfterSex::kCloser;
        if (rng.Chance(30)) Add(c.moments, "hug_or_kiss");
      }
      if (rng.Chance(50)) Add(c.moments, rng.Pick({"hug_or_kiss", "held_hands", "affectionate_touch"}));
      if (rng.Chance(70)) {
        Add(c.moments, rng.Pick({"shared_feeling", "shared_worry", "felt_heard", "talked_no_distractions"}));
      }
      if (after_change && rng.Chance(70)) Add(c.moments, "talked_no_distractions");
      if (rng.Chance(30)) Add(c.moments, rng.Pick({"laughed_together", "had_fun", "cooked_or_ate_together"}));
      if (rng.Chance(15)) Add(c.moments, "shared_ritual");
      if (conflict != Conflict::kNone) Add(c.moments, "conflict");
      c.conflict = conflict;
      c.closeness = after_change ? rng.Between(4, 6) : rng.Between(3, 5);
      if (c.after_sex == AfterSex::kDistant || c.after_sex == AfterSex::kEmpty) {
        Add(c.feelings, rng.Pick({"numb", "lonely", "tired"}));
      }
      Add(c.feelings, rng.Pick({"calm", "loved", "tired", "stressed", "anxious", "hopeful"}));
      b.checkins.push_back(std::move(c));
    }
  }

  a.profile_takes = {{EveningOf(today - 170), Answers(rng, kFirstEarly)},
                     {EveningOf(today - 10), Answers(rng, kFirstLate)}};
  b.profile_takes = {{EveningOf(today - 171), Answers(rng, kSecondEarly)},
                     {EveningOf(today - 9), Answers(rng, kSecondLate)}};

  // Practices: both start the daily talk on the day of the change. The first partner rates it
  // highly; the second tries "a high and a low" and sets one practice aside for now.
  a.practice_events.push_back(Event("daily_talk", PracticeState::kStarted, change));
  for (Date d = change + 1; d <= today; d = d + 3) {
    a.practice_events.push_back(Event("daily_talk", PracticeState::kDone, d, rng.Between(4, 5)));
  }
  a.practice_events.push_back(Event("cuddle_no_expectation", PracticeState::kNotNow, today - 5));
  b.practice_events.push_back(Event("daily_talk", PracticeState::kStarted, change));
  b.practice_events.push_back(Event("high_and_low", PracticeState::kDone, change + 4, 3));
  b.practice_events.push_back(Event("high_and_low", PracticeState::kDone, change + 9, 4));
  b.practice_events.push_back(Event("slow_touch_no_goal", PracticeState::kNotNow, today - 3));
  return out;
}

}  // namespace rapport::core
