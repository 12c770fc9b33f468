#include "api/insight_input.h"

#include "api/partner_access.h"
#include "core/profile.h"

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

namespace {

// What my partner granted me joins my insights (needs that differ, shared moments). While I
// have asked for comparison to stop (my safety check), it is read and logged all the same and
// then left out: the partner's access log must not change with my safety state.
Status AddPartnerShare(Call& call, core::InsightInput& input) {
  RAPPORT_ASSIGN_OR_RETURN(auto access, LoadPartnerAccess(call));
  if (!access) return Status::Ok();
  core::PartnerShare share;
  if (access->Granted(core::ShareCategory::kProfile)) {
    RAPPORT_ASSIGN_OR_RETURN(auto takes, call.deps.store.ListProfiles(access->partner));
    const store::ProfileRecord* latest = nullptr;
    for (const auto& t : takes) {
      if (access->cutoff && t.taken_at > *access->cutoff) continue;
      if (!latest || t.taken_at >= latest->taken_at) latest = &t;
    }
    if (latest) {
      share.profile = core::ScoreProfile(latest->answers);
      RAPPORT_RETURN_IF_ERROR(LogPartnerRead(call, *access, "profile"));
    }
  }
  if (access->Granted(core::ShareCategory::kCloseness) && access->Granted(core::ShareCategory::kMoments)) {
    RAPPORT_ASSIGN_OR_RETURN(auto theirs, PartnerCheckins(call, *access, input.today - 365, input.today));
    // Only what the two grants cover: the day, its closeness and its moments.
    share.checkins.emplace();
    for (auto& c : theirs) {
      core::Checkin shared;
      shared.day = c.day;
      shared.closeness = c.closeness;
      shared.moments = std::move(c.moments);
      share.checkins->push_back(std::move(shared));
    }
    RAPPORT_RETURN_IF_ERROR(LogPartnerRead(call, *access, "moments"));
  }
  if ((share.profile || share.checkins) && !access->ViewerInSafety()) input.partner = std::move(share);
  return Status::Ok();
}

}  // namespace

Result<core::InsightInput> LoadInsightInput(Call& call, Date today) {
  core::InsightInput input;
  input.today = today;
  RAPPORT_ASSIGN_OR_RETURN(auto profiles, call.deps.store.ListProfiles(call.user()));
  for (auto& p : profiles) input.profile_history.push_back({p.taken_at, std::move(p.answers)});
  // The engine looks at the last 180 days at most; a year leaves room for trends and strengths.
  RAPPORT_ASSIGN_OR_RETURN(input.checkins, call.deps.store.ListCheckins(call.user(), today - 365, today));
  RAPPORT_ASSIGN_OR_RETURN(input.practice_events, call.deps.store.ListPracticeEvents(call.user()));
  RAPPORT_RETURN_IF_ERROR(AddPartnerShare(call, input));
  return input;
}

Result<core::InsightInput> LoadInsightInputForRequest(const http::Request& request, Call& call) {
  RAPPORT_ASSIGN_OR_RETURN(auto query, ParseQuery(request.query));
  RAPPORT_RETURN_IF_ERROR(OnlyParams(query, {"today"}));
  RAPPORT_ASSIGN_OR_RETURN(Date today, PersonToday(call, query));
  return LoadInsightInput(call, today);
}

}  // namespace rapport::api
