// Desires and boundaries: each person answers ideas privately; only ideas both answered yes or
// maybe are shown, to both. Nothing in any response depends on the partner's other answers:
// not their "no", not whether or when they answered, not how many.
#include <boost/json.hpp>

#include "api/json_body.h"
#include "api/partner_access.h"
#include "api/respond.h"
#include "api/routes.h"
#include "base/time_format.h"
#include "core/desires.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

json::object IdeaJson(const core::DesireIdea& idea) {
  return {{"id", idea.id}, {"kind", core::KindId(idea.kind)}, {"title", idea.title}, {"description", idea.description}};
}

// The matches both partners see, each side's answers counted only up to its own hold.
Result<std::vector<std::string>> Matches(Call& call, const std::vector<core::DesireAnswerRecord>& mine) {
  RAPPORT_ASSIGN_OR_RETURN(auto access, LoadPartnerAccess(call));
  if (!access) return std::vector<std::string>();
  RAPPORT_ASSIGN_OR_RETURN(auto theirs, call.deps.store.ListDesireAnswers(access->partner));
  auto matches = core::MatchDesires(mine, access->viewer.Cutoff(), theirs, access->cutoff);
  // Matches show the partner's yes and maybe: the partner may see in their log that I saw them.
  if (!matches.empty()) RAPPORT_RETURN_IF_ERROR(LogPartnerRead(call, *access, "desires"));
  return matches;
}

http::Response ListDesires(const http::Request&, const http::PathParams&, Call& call) {
  auto mine = call.deps.store.ListDesireAnswers(call.user());
  if (!mine.ok()) return ErrorResponse(mine.status());
  auto matches = Matches(call, *mine);
  if (!matches.ok()) return ErrorResponse(matches.status());
  json::array ideas;
  for (const core::DesireIdea& idea : core::DesireCatalogue()) {
    json::object o = IdeaJson(idea);
    o["answer"] = nullptr;
    o["answered_at"] = nullptr;
    o["fresh_look"] = false;
    for (const auto& a : *mine) {
      if (a.idea_id != idea.id) continue;
      o["answer"] = core::DesireAnswerId(a.answer);
      o["answered_at"] = FormatIsoUtc(a.answered_at);
      o["fresh_look"] = core::OffersFreshLook(a, call.now);
    }
    ideas.push_back(std::move(o));
  }
  json::array matched;
  for (const auto& id : *matches) {
    if (const core::DesireIdea* idea = core::FindDesireIdea(id)) matched.push_back(IdeaJson(*idea));
  }
  return JsonResponse(200, json::object{{"ideas", std::move(ideas)}, {"matches", std::move(matched)}});
}

http::Response AnswerDesire(const http::Request& request, const http::PathParams& params, Call& call) {
  const core::DesireIdea* idea = core::FindDesireIdea(params.at("id"));
  if (!idea) return ErrorResponse(Status::NotFound("There is no such idea."));
  auto body = ParseObjectBody(request.body);
  if (!body.ok()) return ErrorResponse(body.status());
  if (Status s = OnlyFields(*body, {"answer"}); !s.ok()) return ErrorResponse(s);
  auto it = body->find("answer");
  if (it == body->end()) return ErrorResponse(Status::Invalid("'answer' is required (null clears it).", "answer"));
  std::optional<core::DesireAnswer> answer;
  if (!it->value().is_null()) {
    if (it->value().is_string()) answer = core::DesireAnswerFromId(it->value().as_string());
    if (!answer) return ErrorResponse(Status::Invalid("'answer' must be yes, maybe, not_now, no or null.", "answer"));
  }
  if (Status s = call.deps.store.SetDesireAnswer(call.user(), std::string(idea->id), answer, call.now); !s.ok()) {
    return ErrorResponse(s);
  }
  return NoContent();
}

}  // namespace

void AddDesireRoutes(ApiRouter& router) {
  router.Add("GET", "/api/v1/desires", ListDesires);
  router.Add("PUT", "/api/v1/desires/{id}", AnswerDesire);
}

}  // namespace rapport::api
