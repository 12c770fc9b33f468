#include "api/profile_json.h"

#include <boost/json.hpp>

#include "base/time_format.h"

namespace rapport::api {
namespace json = boost::json;
namespace {

json::value Score(const core::ScaleScore& s) {
  if (s.score) return *s.score;
  return nullptr;
}

}  // namespace

json::object ProfileResultJson(std::int64_t id, UnixSeconds taken_at, const core::ProfileAnswers& answers,
                               bool include_comfort) {
  core::ProfileScores scores = core::ScoreProfile(answers);
  json::array kinds;
  for (const core::KindScore& k : scores.kinds) {
    json::value gap = nullptr;
    if (k.gap) gap = *k.gap;
    kinds.push_back(json::object{{"kind", core::KindId(k.kind)}, {"have", Score(k.have)}, {"want", Score(k.want)},
                                 {"gap", gap}, {"scored", k.scored()}});
  }
  json::object result{{"id", id}, {"taken_at", FormatIsoUtc(taken_at)}, {"version", scores.instrument_version},
                      {"kinds", std::move(kinds)}};
  if (include_comfort) {
    result["comfort"] = json::object{{"score", Score(scores.comfort)}, {"scored", scores.comfort.scored()}};
  }
  return result;
}

}  // namespace rapport::api
