// The intimacy profile: the items, a pausable draft, completed takes and their scores.
#include <boost/json.hpp>

#include "api/json_body.h"
#include "api/profile_json.h"
#include "api/respond.h"
#include "api/routes.h"
#include "base/time_format.h"
#include "core/profile.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

json::value InstrumentJson() {
  const core::ProfileInstrument& in = core::TheProfileInstrument();
  json::array labels, items, comfort;
  for (auto l : in.scale_labels) labels.emplace_back(l);
  for (const auto& i : in.items) {
    items.push_back(json::object{{"id", i.id}, {"kind", core::KindId(i.kind)}, {"text", i.text}, {"reverse", i.reverse}});
  }
  for (const auto& i : in.comfort_items) {
    comfort.push_back(json::object{{"id", i.id}, {"text", i.text}, {"reverse", i.reverse}});
  }
  return json::object{{"version", in.version},
                      {"scale", json::object{{"min", core::kProfileScaleMin}, {"max", core::kProfileScaleMax}, {"labels", std::move(labels)}}},
                      {"have_prompt", in.have_prompt},
                      {"want_prompt", in.want_prompt},
                      {"comfort_prompt", in.comfort_prompt},
                      {"items", std::move(items)},
                      {"comfort_items", std::move(comfort)}};
}

Status ReadScale(const json::object& body, const char* field, std::map<std::string, int>& out) {
  auto it = body.find(field);
  if (it == body.end() || it->value().is_null()) return Status::Ok();
  if (!it->value().is_object()) {
    return Status::Invalid(std::string("'") + field + "' must be an object of item ids to answers 1–5.", field);
  }
  for (const auto& [id, value] : it->value().as_object()) {
    if (!value.is_int64() && !value.is_uint64()) {
      return Status::Invalid("The answer to '" + std::string(id) + "' must be a whole number from 1 to 5.", field);
    }
    std::int64_t v = value.is_int64() ? value.as_int64() : static_cast<std::int64_t>(std::min<std::uint64_t>(value.as_uint64(), 1000));
    out[std::string(id)] = static_cast<int>(std::clamp<std::int64_t>(v, -1000, 1000));
  }
  return Status::Ok();
}

Result<core::ProfileAnswers> ReadAnswers(const http::Request& request, bool require_complete) {
  RAPPORT_ASSIGN_OR_RETURN(auto body, ParseObjectBody(request.body));
  RAPPORT_RETURN_IF_ERROR(OnlyFields(body, {"version", "have", "want", "comfort"}));
  core::ProfileAnswers answers;
  RAPPORT_ASSIGN_OR_RETURN(auto version, GetInt(body, "version"));
  answers.instrument_version = version ? static_cast<int>(*version) : core::TheProfileInstrument().version;
  RAPPORT_RETURN_IF_ERROR(ReadScale(body, "have", answers.have));
  RAPPORT_RETURN_IF_ERROR(ReadScale(body, "want", answers.want));
  RAPPORT_RETURN_IF_ERROR(ReadScale(body, "comfort", answers.comfort));
  RAPPORT_RETURN_IF_ERROR(core::ValidateProfileAnswers(answers, require_complete));
  return answers;
}

json::object AnswersJson(const core::ProfileAnswers& a) {
  auto scale = [](const std::map<std::string, int>& m) {
    json::object o;
    for (const auto& [id, v] : m) o[id] = v;
    return o;
  };
  return {{"version", a.instrument_version}, {"have", scale(a.have)}, {"want", scale(a.want)}, {"comfort", scale(a.comfort)}};
}

http::Response Items(const http::Request&, const http::PathParams&, Call&) {
  static const json::value instrument = InstrumentJson();
  return JsonResponse(200, instrument);
}

http::Response PutDraft(const http::Request& request, const http::PathParams&, Call& call) {
  auto answers = ReadAnswers(request, /*require_complete=*/false);
  if (!answers.ok()) return ErrorResponse(answers.status());
  if (Status s = call.deps.store.SaveProfileDraft(call.user(), *answers, call.now); !s.ok()) return ErrorResponse(s);
  return NoContent();
}

http::Response GetDraft(const http::Request&, const http::PathParams&, Call& call) {
  auto draft = call.deps.store.GetProfileDraft(call.user());
  if (!draft.ok()) return ErrorResponse(draft.status());
  if (!draft->has_value()) return ErrorResponse(Status::NotFound("There is no paused profile."));
  return JsonResponse(200, AnswersJson(**draft));
}

http::Response DeleteDraft(const http::Request&, const http::PathParams&, Call& call) {
  if (Status s = call.deps.store.DeleteProfileDraft(call.user()); !s.ok()) return ErrorResponse(s);
  return NoContent();
}

http::Response AddTake(const http::Request& request, const http::PathParams&, Call& call) {
  auto answers = ReadAnswers(request, /*require_complete=*/true);
  if (!answers.ok()) return ErrorResponse(answers.status());
  auto id = call.deps.store.AddProfile(call.user(), *answers, call.now);
  if (!id.ok()) return ErrorResponse(id.status());
  // The take is saved; a draft left behind would only offer to resume what is already done.
  (void)call.deps.store.DeleteProfileDraft(call.user());
  return JsonResponse(201, ProfileResultJson(*id, call.now, *answers));
}

http::Response History(const http::Request&, const http::PathParams&, Call& call) {
  auto takes = call.deps.store.ListProfiles(call.user());
  if (!takes.ok()) return ErrorResponse(takes.status());
  json::array history;
  for (const auto& t : *takes) history.push_back(ProfileResultJson(t.id, t.taken_at, t.answers));
  json::value latest = history.empty() ? json::value(nullptr) : history.back();
  return JsonResponse(200, json::object{{"latest", std::move(latest)}, {"history", std::move(history)}});
}

}  // namespace

void AddProfileRoutes(ApiRouter& router) {
  router.Add("GET", "/api/v1/profile/items", Items, {.requires_session = false});
  router.Add("PUT", "/api/v1/profile/draft", PutDraft);
  router.Add("GET", "/api/v1/profile/draft", GetDraft);
  router.Add("DELETE", "/api/v1/profile/draft", DeleteDraft);
  router.Add("POST", "/api/v1/profile", AddTake);
  router.Add("GET", "/api/v1/profile", History);
}

}  // namespace rapport::api
