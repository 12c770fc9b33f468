// GET /api/v1/cards: short reads on sex and intimacy, each fact with its source and strength.
#include <boost/json.hpp>

#include "api/respond.h"
#include "api/routes.h"
#include "core/cards.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

json::value CardsJson() {
  json::array cards;
  for (const core::Card& c : core::AllCards()) {
    json::array sources;
    for (const auto& s : c.sources) {
      sources.push_back(json::object{{"citation", s.citation}, {"strength", s.strength}, {"design", core::StudyDesignId(s.design)}});
    }
    cards.push_back(json::object{{"id", c.id}, {"title", c.title}, {"body", c.body}, {"sources", std::move(sources)}});
  }
  return json::object{{"cards", std::move(cards)}};
}

}  // namespace

void AddCardRoutes(ApiRouter& router) {
  router.Add(
      "GET", "/api/v1/cards",
      [](const http::Request&, const http::PathParams&, Call&) {
        static const json::value cards = CardsJson();
        return JsonResponse(200, cards);
      },
      {.requires_session = false});
}

}  // namespace rapport::api
