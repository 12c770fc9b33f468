#include "api/insight_input.h"

namespace rapport::api {

Result<Date> PersonToday(const Call& call, const QueryParams& query) {
  Date utc = Date::FromUnixSeconds(call.now);
  auto it = query.find("today");
  if (it == query.end()) return utc;
  auto day = Date::Parse(it->second);
  if (!day || *day < utc - 1 || *day > utc + 1) {
    return Status::Invalid("'today' must be your local date, written YYYY-MM-DD.", "today");
  }
  return *day;
}

Result<core::InsightInput> LoadInsightInput(Call& call, Date today) {
  core::InsightInput input;
  input.today = today;
  RAPPORT_ASSIGN_OR_RETURN(auto profiles, call.deps.store.ListProfiles(call.user()));
  for (auto& p : profiles) input.profile_history.push_back({p.taken_at, std::move(p.answers)});
  // The engine looks at the last 180 days at most; a year leaves room for trends and strengths.
  RAPPORT_ASSIGN_OR_RETURN(input.checkins, call.deps.store.ListCheckins(call.user(), today - 365, today));
  RAPPORT_ASSIGN_OR_RETURN(input.practice_events, call.deps.store.ListPracticeEvents(call.user()));
  return input;
}

}  // namespace rapport::api
