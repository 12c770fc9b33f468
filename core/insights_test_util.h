// Test helpers for the insight engine: a small diary to build check-in fixtures by "days ago".
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/insights.h"

namespace rapport::core::testing {

inline const Date kToday = Date::FromYmd(2026, 11, 21);

// Check-ins keyed by how many days before kToday they are. Every call creates the day when
// missing (closeness 5, no moments, no conflict), so fixtures say only what matters.
class Diary {
 public:
  Checkin& Day(int ago) {
    auto [it, inserted] = days_.try_emplace(ago);
    if (inserted) {
      it->second.day = kToday - ago;
      it->second.closeness = 5;
    }
    return it->second;
  }
  // Plain check-ins on each of the days [from_ago, to_ago] (inclusive, from ≥ to).
  Diary& Plain(int from_ago, int to_ago) {
    for (int a = from_ago; a >= to_ago; --a) Day(a);
    return *this;
  }
  Diary& Moment(int ago, const char* id) {
    Day(ago).moments.push_back(id);
    return *this;
  }
  Diary& Sex(int ago, std::optional<AfterSex> after = std::nullopt) {
    Moment(ago, "sex");
    Day(ago).after_sex = after;
    return *this;
  }
  Diary& Closeness(int ago, int value) {
    Day(ago).closeness = value;
    return *this;
  }
  Diary& Feeling(int ago, const char* id) {
    Day(ago).feelings.push_back(id);
    return *this;
  }
  Diary& Fight(int ago, Conflict c) {
    Moment(ago, "conflict");
    Day(ago).conflict = c;
    return *this;
  }
  void Remove(int ago) { days_.erase(ago); }
  int size() const { return static_cast<int>(days_.size()); }

  std::vector<Checkin> Checkins() const {
    std::vector<Checkin> out;
    for (const auto& [ago, c] : days_) {
      EXPECT_TRUE(ValidateCheckin(c, kToday).ok()) << ValidateCheckin(c, kToday).ToString();
      out.push_back(c);
    }
    return out;
  }
  InsightInput Input() const {
    InsightInput in;
    in.today = kToday;
    in.checkins = Checkins();
    return in;
  }

 private:
  std::map<int, Checkin> days_;
};

inline const Insight* FindInsight(const std::vector<Insight>& insights, std::string_view id) {
  for (const Insight& i : insights)
    if (i.id == id) return &i;
  return nullptr;
}

inline bool Has(const InsightInput& in, std::string_view id) {
  return FindInsight(ComputeInsights(in), id) != nullptr;
}

inline const NotEnoughData* FindWaiting(const InsightReport& r, std::string_view pattern) {
  for (const NotEnoughData& w : r.not_enough_data)
    if (w.pattern == pattern) return &w;
  return nullptr;
}

inline UnixSeconds NoonOf(Date d) { return static_cast<UnixSeconds>(d.days()) * 86400 + 12 * 3600; }

}  // namespace rapport::core::testing
