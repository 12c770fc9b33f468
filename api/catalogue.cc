// GET /api/v1/catalogue: the kinds, moments, feeling words and choices a check-in is made of.
#include <boost/json.hpp>

#include "api/respond.h"
#include "api/routes.h"
#include "core/catalogue.h"
#include "core/kind_info.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

json::array Words(const std::vector<core::WordDef>& words) {
  json::array out;
  for (const auto& w : words) out.push_back(json::object{{"id", w.id}, {"label", w.label}});
  return out;
}

json::value BuildCatalogue() {
  const core::Catalogue& c = core::TheCatalogue();
  json::array kinds;
  for (core::Kind k : core::kAllKinds) {
    const core::KindInfo& info = core::DescribeKind(k);
    json::array examples;
    for (auto e : info.examples) examples.emplace_back(e);
    kinds.push_back(json::object{{"id", core::KindId(k)}, {"label", info.label},
                                 {"description", info.description}, {"examples", std::move(examples)}});
  }
  json::array moments;
  for (const auto& m : c.moments) {
    json::array mk;
    for (core::Kind k : m.kinds) mk.emplace_back(core::KindId(k));
    moments.push_back(json::object{{"id", m.id}, {"label", m.label}, {"kinds", std::move(mk)},
                                   {"is_sex", m.is_sex}, {"is_conflict", m.is_conflict}});
  }
  return json::object{{"version", c.version},          {"kinds", std::move(kinds)},
                      {"moments", std::move(moments)}, {"feelings", Words(c.feelings)},
                      {"after_sex", Words(c.after_sex)}, {"conflict", Words(c.conflict_states)}};
}

}  // namespace

void AddCatalogueRoutes(ApiRouter& router) {
  router.Add(
      "GET", "/api/v1/catalogue",
      [](const http::Request&, const http::PathParams&, Call&) {
        // The catalogue is compiled in, so it is built once.
        static const json::value catalogue = BuildCatalogue();
        return JsonResponse(200, catalogue);
      },
      {.requires_session = false});
}

}  // namespace rapport::api
