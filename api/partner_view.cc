// The partner view: with consent, both partners' have/want per kind side by side, shared
// closeness trends, shared moments, insights and notes. Without a grant a part says only that
// it is not shared. Every read of the partner's data is written to the partner's access log.
#include <boost/json.hpp>

#include "api/insight_input.h"
#include "api/insight_json.h"
#include "api/partner_access.h"
#include "api/profile_json.h"
#include "api/respond.h"
#include "api/routes.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

constexpr int kViewDays = 90;

json::value NotShared() { return json::object{{"shared", false}}; }

// The partner's profile takes visible now (taken at or before the cutoff), oldest first.
Result<std::vector<store::ProfileRecord>> VisibleTakes(Call& call, const PartnerAccess& access) {
  RAPPORT_ASSIGN_OR_RETURN(auto records, call.deps.store.ListProfiles(access.partner));
  std::erase_if(records, [&](const store::ProfileRecord& r) { return access.cutoff && r.taken_at > *access.cutoff; });
  return records;
}

// Both levels for every kind, the gap of each and the difference in wants. No winner.
json::value Comparison(const core::ProfileAnswers& mine, const core::ProfileAnswers& theirs) {
  core::ProfileScores me = core::ScoreProfile(mine), them = core::ScoreProfile(theirs);
  json::array kinds;
  auto level = [](const core::ScaleScore& s) -> json::value { return s.score ? json::value(*s.score) : json::value(nullptr); };
  for (core::Kind k : core::kAllKinds) {
    const core::KindScore &a = me.For(k), &b = them.For(k);
    json::value difference = nullptr;
    if (a.want.score && b.want.score) difference = std::abs(*a.want.score - *b.want.score);
    kinds.push_back(json::object{{"kind", core::KindId(k)},
                                 {"you", json::object{{"have", level(a.have)}, {"want", level(a.want)}}},
                                 {"partner", json::object{{"have", level(b.have)}, {"want", level(b.want)}}},
                                 {"want_difference", std::move(difference)}});
  }
  return json::object{{"kinds", std::move(kinds)}};
}

// "Needs that differ" from my profile history and the partner's shared profile (my practice
// history keeps it from suggesting what I just did). Nothing when I asked comparison to stop.
Result<json::array> NeedsThatDiffer(Call& call, const PartnerAccess& access, Date today,
                                    const std::vector<store::ProfileRecord>& mine, const store::ProfileRecord& theirs) {
  json::array differ;
  if (access.ViewerInSafety()) return differ;
  core::InsightInput input;
  input.today = today;
  for (const auto& r : mine) input.profile_history.push_back({r.taken_at, r.answers});
  RAPPORT_ASSIGN_OR_RETURN(input.practice_events, call.deps.store.ListPracticeEvents(call.user()));
  input.partner.emplace().profile = core::ScoreProfile(theirs.answers);
  for (const auto& i : core::ComputeInsights(input)) {
    if (i.pattern == "needs_differ") differ.push_back(InsightToJson(i));
  }
  return differ;
}

// Every part of the view, each read of the partner's data done once.
Status AddPartnerParts(Call& call, const PartnerAccess& access, Date today, json::object& view) {
  // The window moves with today whether or not a hold is in force (a frozen window would
  // itself reveal the hold); the cutoff alone keeps back what is new. A year is read once:
  // the partner's insights need it, the view shows its last kViewDays.
  RAPPORT_ASSIGN_OR_RETURN(auto year, PartnerCheckins(call, access, today - 365, today));
  std::vector<core::Checkin> checkins;
  for (const auto& c : year) {
    if (c.day > today - kViewDays) checkins.push_back(c);
  }
  std::vector<store::ProfileRecord> takes;
  if (access.Granted(core::ShareCategory::kProfile) || access.Granted(core::ShareCategory::kInsights)) {
    RAPPORT_ASSIGN_OR_RETURN(takes, VisibleTakes(call, access));
  }

  view["needs_differ"] = json::array();
  if (access.Granted(core::ShareCategory::kProfile)) {
    const store::ProfileRecord* take = takes.empty() ? nullptr : &takes.back();
    json::value latest = nullptr;
    if (take) latest = ProfileResultJson(take->id, take->taken_at, take->answers, /*include_comfort=*/false);
    view["profile"] = json::object{{"shared", true}, {"latest", std::move(latest)}};
    RAPPORT_RETURN_IF_ERROR(LogPartnerRead(call, access, "profile"));
    RAPPORT_ASSIGN_OR_RETURN(auto mine, call.deps.store.ListProfiles(call.user()));
    if (take && !mine.empty()) {
      if (!access.ViewerInSafety()) view["comparison"] = Comparison(mine.back().answers, take->answers);
      RAPPORT_ASSIGN_OR_RETURN(view["needs_differ"], NeedsThatDiffer(call, access, today, mine, *take));
    }
  } else {
    view["profile"] = NotShared();
  }
  if (access.Granted(core::ShareCategory::kCloseness)) {
    json::array days;
    for (const auto& c : checkins) days.push_back(json::object{{"day", c.day.ToString()}, {"closeness", c.closeness}});
    view["closeness"] = json::object{{"shared", true}, {"days", std::move(days)}};
    RAPPORT_RETURN_IF_ERROR(LogPartnerRead(call, access, "closeness"));
  } else {
    view["closeness"] = NotShared();
  }
  if (access.Granted(core::ShareCategory::kMoments)) {
    json::array days;
    for (const auto& c : checkins) {
      json::array moments;
      for (const auto& m : c.moments) moments.emplace_back(m);
      days.push_back(json::object{{"day", c.day.ToString()}, {"moments", std::move(moments)}});
    }
    view["moments"] = json::object{{"shared", true}, {"days", std::move(days)}};
    RAPPORT_RETURN_IF_ERROR(LogPartnerRead(call, access, "moments"));
  } else {
    view["moments"] = NotShared();
  }
  json::array notes;
  for (const auto& c : checkins) {
    if (!c.share_note || c.note.empty()) continue;
    notes.push_back(json::object{{"day", c.day.ToString()}, {"note", c.note}});
    RAPPORT_RETURN_IF_ERROR(LogPartnerRead(call, access, "note", c.day));
  }
  view["notes"] = std::move(notes);
  if (access.Granted(core::ShareCategory::kInsights)) {
    // The partner's insights from their own data only, as of the cutoff.
    core::InsightInput input;
    input.today = today;
    for (auto& t : takes) input.profile_history.push_back({t.taken_at, std::move(t.answers)});
    input.checkins = std::move(year);
    RAPPORT_ASSIGN_OR_RETURN(auto events, call.deps.store.ListPracticeEvents(access.partner));
    for (auto& e : events) {
      if (!access.cutoff || e.at <= *access.cutoff) input.practice_events.push_back(std::move(e));
    }
    json::array items;
    for (const auto& i : core::ComputeInsights(input)) items.push_back(InsightToJson(i));
    view["insights"] = json::object{{"shared", true}, {"items", std::move(items)}};
    RAPPORT_RETURN_IF_ERROR(LogPartnerRead(call, access, "insights"));
  } else {
    view["insights"] = NotShared();
  }
  return Status::Ok();
}

http::Response PartnerView(const http::Request& request, const http::PathParams&, Call& call) {
  auto query = ParseQuery(request.query);
  if (!query.ok()) return ErrorResponse(query.status());
  if (Status s = OnlyParams(*query, {"today"}); !s.ok()) return ErrorResponse(s);
  auto today = PersonToday(call, *query);
  if (!today.ok()) return ErrorResponse(today.status());
  auto access = LoadPartnerAccess(call);
  if (!access.ok()) return ErrorResponse(access.status());
  if (!access->has_value()) return JsonResponse(200, json::object{{"linked", false}});
  json::object view{{"linked", true}, {"comparison", nullptr}};
  if (Status s = AddPartnerParts(call, **access, *today, view); !s.ok()) return ErrorResponse(s);
  return JsonResponse(200, view);
}

// One day of the partner's check-in, with only what is granted (and the note only when that
// check-in's note is shared). Anything not granted answers exactly like a day with nothing.
http::Response PartnerDay(const http::Request&, const http::PathParams& params, Call& call) {
  const Status missing = Status::NotFound("There is nothing shared for this day.");
  auto day = Date::Parse(params.at("day"));
  if (!day) return ErrorResponse(Status::Invalid("'day' must be a real calendar day written YYYY-MM-DD.", "day"));
  auto access = LoadPartnerAccess(call);
  if (!access.ok()) return ErrorResponse(access.status());
  if (!access->has_value()) return ErrorResponse(missing);
  const PartnerAccess& a = **access;
  auto checkins = PartnerCheckins(call, a, *day, *day);
  if (!checkins.ok()) return ErrorResponse(checkins.status());
  if (checkins->empty()) return ErrorResponse(missing);
  const core::Checkin& c = checkins->front();
  json::object out{{"day", day->ToString()}};
  std::vector<std::string_view> read;
  if (a.Granted(core::ShareCategory::kCloseness)) {
    out["closeness"] = c.closeness;
    read.push_back("closeness");
  }
  if (a.Granted(core::ShareCategory::kMoments)) {
    json::array moments;
    for (const auto& m : c.moments) moments.emplace_back(m);
    out["moments"] = std::move(moments);
    read.push_back("moments");
  }
  if (c.share_note && !c.note.empty()) {
    out["note"] = c.note;
    read.push_back("note");
  }
  if (read.empty()) return ErrorResponse(missing);
  for (auto what : read) {
    if (Status s = LogPartnerRead(call, a, what, *day); !s.ok()) return ErrorResponse(s);
  }
  return JsonResponse(200, out);
}

}  // namespace

void AddPartnerViewRoutes(ApiRouter& router) {
  router.Add("GET", "/api/v1/partner/view", PartnerView);
  router.Add("GET", "/api/v1/partner/checkins/{day}", PartnerDay);
}

}  // namespace rapport::api
