#include "api/insight_json.h"

#include <boost/json.hpp>

namespace rapport::api {
namespace json = boost::json;

json::object InsightToJson(const core::Insight& i) {
  json::array days, practices;
  for (Date d : i.evidence.days) days.emplace_back(d.ToString());
  json::object counts, scores;
  for (const auto& c : i.evidence.counts) counts[c.name] = c.value;
  for (const auto& s : i.evidence.scores) scores[s.name] = s.value;
  for (const auto& p : i.practices) practices.emplace_back(p);
  json::object o{{"id", i.id},
                 {"pattern", i.pattern},
                 {"tone", core::ToneId(i.tone)},
                 {"title", i.title},
                 {"explanation", i.explanation},
                 {"evidence", json::object{{"days", std::move(days)}, {"counts", std::move(counts)}, {"scores", std::move(scores)}}},
                 {"confidence", core::ConfidenceId(i.confidence)},
                 {"confidence_rule", i.confidence_rule},
                 {"practices", std::move(practices)}};
  if (i.kind) {
    o["kind"] = core::KindId(*i.kind);
  } else {
    o["kind"] = nullptr;
  }
  return o;
}

json::object PracticeToJson(const core::Practice& p) {
  json::array steps, kinds;
  for (auto s : p.steps) steps.emplace_back(s);
  for (auto k : p.kinds) kinds.emplace_back(core::KindId(k));
  return {{"id", p.id},       {"title", p.title}, {"why", p.why},
          {"steps", std::move(steps)}, {"minutes", p.minutes}, {"mode", core::PracticeModeId(p.mode)},
          {"kinds", std::move(kinds)}, {"not_when", p.not_when}};
}

}  // namespace rapport::api
