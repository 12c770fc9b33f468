#include "api/checkin_json.h"

#include <boost/json.hpp>

#include "api/json_body.h"

namespace rapport::api {
namespace json = boost::json;

namespace {

json::array ToArray(const std::vector<std::string>& items) {
  json::array a;
  for (const auto& s : items) a.emplace_back(s);
  return a;
}

}  // namespace

json::object CheckinToJson(const core::Checkin& c) {
  json::object o{{"day", c.day.ToString()},
                 {"moments", ToArray(c.moments)},
                 {"closeness", c.closeness},
                 {"feelings", ToArray(c.feelings)},
                 {"conflict", core::ConflictId(c.conflict)},
                 {"note", c.note},
                 {"share_note", c.share_note}};
  if (c.after_sex) {
    o["after_sex"] = core::AfterSexId(*c.after_sex);
  } else {
    o["after_sex"] = nullptr;
  }
  return o;
}

Result<core::Checkin> CheckinFromJson(const json::object& body, Date day) {
  RAPPORT_RETURN_IF_ERROR(OnlyFields(body, {"day", "moments", "closeness", "feelings", "conflict", "after_sex", "note", "share_note"}));
  core::Checkin c;
  c.day = day;
  RAPPORT_ASSIGN_OR_RETURN(auto body_day, GetString(body, "day"));
  if (body_day && *body_day != day.ToString()) {
    return Status::Invalid("The day in the body differs from the day in the address.", "day");
  }
  RAPPORT_ASSIGN_OR_RETURN(auto moments, GetStringList(body, "moments"));
  if (!moments) return Status::Invalid("'moments' is required (it may be an empty list).", "moments");
  c.moments = std::move(*moments);
  RAPPORT_ASSIGN_OR_RETURN(auto closeness, RequireInt(body, "closeness"));
  if (closeness < core::kMinCloseness || closeness > core::kMaxCloseness) {
    return Status::Invalid("Felt closeness must be a whole number from 1 to 7.", "closeness");
  }
  c.closeness = static_cast<int>(closeness);
  RAPPORT_ASSIGN_OR_RETURN(auto feelings, GetStringList(body, "feelings"));
  if (feelings) c.feelings = std::move(*feelings);
  RAPPORT_ASSIGN_OR_RETURN(auto conflict, GetString(body, "conflict"));
  if (conflict) {
    auto parsed = core::ConflictFromId(*conflict);
    if (!parsed) return Status::Invalid("'conflict' must be none, resolved or unresolved.", "conflict");
    c.conflict = *parsed;
  }
  RAPPORT_ASSIGN_OR_RETURN(auto after_sex, GetString(body, "after_sex"));
  if (after_sex) {
    auto parsed = core::AfterSexFromId(*after_sex);
    if (!parsed) return Status::Invalid("'after_sex' must be closer, same, distant or empty.", "after_sex");
    c.after_sex = *parsed;
  }
  RAPPORT_ASSIGN_OR_RETURN(auto note, GetString(body, "note"));
  if (note) c.note = std::move(*note);
  auto share = body.find("share_note");
  if (share != body.end() && !share->value().is_null()) {
    if (!share->value().is_bool()) return Status::Invalid("'share_note' must be true or false.", "share_note");
    c.share_note = share->value().as_bool();
  }
  return c;
}

}  // namespace rapport::api
