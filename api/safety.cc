// The private safety check. Its answers are never stored; a positive result only records when,
// which quietly holds back everything the partner could see and stops partner comparison.
#include <boost/json.hpp>

#include "api/json_body.h"
#include "api/respond.h"
#include "api/routes.h"
#include "base/time_format.h"
#include "core/safety.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

json::array Resources() {
  json::array out;
  for (const auto& r : core::TheSafetyContent().resources) out.push_back(json::object{{"title", r.title}, {"body", r.body}});
  return out;
}

http::Response State(Call& call) {
  auto own = call.deps.store.GetOwnSharingState(call.user());
  if (!own.ok()) return ErrorResponse(own.status());
  const core::SafetyContent& content = core::TheSafetyContent();
  json::array items;
  for (const auto& i : content.items) items.push_back(json::object{{"id", i.id}, {"text", i.text}});
  json::object out{{"intro", content.intro}, {"items", std::move(items)}, {"active", own->safety_since.has_value()}};
  if (own->safety_since) {
    out["since"] = FormatIsoUtc(*own->safety_since);
    out["message"] = content.positive_message;
    out["resources"] = Resources();
  }
  return JsonResponse(200, out);
}

http::Response GetSafety(const http::Request&, const http::PathParams&, Call& call) { return State(call); }

http::Response Check(const http::Request& request, const http::PathParams&, Call& call) {
  auto body = ParseObjectBody(request.body);
  if (!body.ok()) return ErrorResponse(body.status());
  if (Status s = OnlyFields(*body, {"answers"}); !s.ok()) return ErrorResponse(s);
  auto it = body->find("answers");
  if (it == body->end() || !it->value().is_object()) {
    return ErrorResponse(Status::Invalid("'answers' must map each question to true or false.", "answers"));
  }
  std::map<std::string, bool> answers;
  for (const auto& [id, value] : it->value().as_object()) {
    if (!value.is_bool()) return ErrorResponse(Status::Invalid("Each answer must be true or false.", "answers"));
    answers[std::string(id)] = value.as_bool();
  }
  auto positive = core::EvaluateSafetyCheck(answers);
  if (!positive.ok()) return ErrorResponse(positive.status());
  const core::SafetyContent& content = core::TheSafetyContent();
  if (!*positive) {
    return JsonResponse(200, json::object{{"positive", false}, {"message", content.negative_message}});
  }
  // A second positive check keeps the first moment (the store's contract).
  if (Status s = call.deps.store.SetSafety(call.user(), call.now); !s.ok()) {
    return ErrorResponse(s);
  }
  return JsonResponse(200, json::object{{"positive", true}, {"message", content.positive_message}, {"resources", Resources()}});
}

http::Response Undo(const http::Request&, const http::PathParams&, Call& call) {
  if (Status s = call.deps.store.SetSafety(call.user(), std::nullopt); !s.ok()) return ErrorResponse(s);
  return NoContent();
}

}  // namespace

void AddSafetyRoutes(ApiRouter& router) {
  router.Add("GET", "/api/v1/safety", GetSafety);
  router.Add("POST", "/api/v1/safety/check", Check);
  router.Add("DELETE", "/api/v1/safety", Undo);
}

}  // namespace rapport::api
