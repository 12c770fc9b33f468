#include "api/openapi.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "api/api.h"

namespace rapport::api {
namespace {

using RouteSet = std::set<std::pair<std::string, std::string>>;

RouteSet DocumentedRoutes() {
  RouteSet out;
  auto doc = boost::json::parse(OpenApiDocument()).as_object();
  for (const auto& [path, item] : doc.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      std::string upper(method);
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out.emplace(upper, std::string(path));
    }
  }
  return out;
}

TEST(OpenApiTest, DocumentIsOpenApi31) {
  auto doc = boost::json::parse(OpenApiDocument()).as_object();
  EXPECT_EQ(doc.at("openapi").as_string(), "3.1.0");
}

// The router and the document must list exactly the same routes, in both directions.
TEST(OpenApiTest, EveryRouteIsDocumentedAndEveryDocumentedRouteExists) {
  RouteSet routed;
  for (const auto& r : Api::Routes()) routed.emplace(r.method, r.pattern);
  RouteSet documented = DocumentedRoutes();
  for (const auto& r : routed) EXPECT_TRUE(documented.count(r)) << "not in openapi.json: " << r.first << " " << r.second;
  for (const auto& r : documented) EXPECT_TRUE(routed.count(r)) << "not in the router: " << r.first << " " << r.second;
  EXPECT_GT(routed.size(), 15u);
}

}  // namespace
}  // namespace rapport::api
