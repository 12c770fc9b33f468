#include "store/payload_json.h"

#include <boost/json.hpp>

namespace rapport::store::internal {
namespace json = boost::json;
namespace {

Status Malformed(const char* what) {
  return Status::Internal(std::string("stored ") + what + " is malformed");
}

json::array Strings(const std::vector<std::string>& items) {
  json::array out;
  out.reserve(items.size());
  for (const auto& s : items) out.emplace_back(s);
  return out;
}

bool ReadStrings(const json::object& o, const char* key, std::vector<std::string>& out) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_array()) return false;
  for (const auto& item : v->get_array()) {
    if (!item.is_string()) return false;
    out.emplace_back(item.get_string());
  }
  return true;
}

bool ReadInt(const json::object& o, const char* key, int& out) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_int64()) return false;
  out = static_cast<int>(v->get_int64());
  return true;
}

bool ReadString(const json::object& o, const char* key, std::string& out) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_string()) return false;
  out = std::string(v->get_string());
  return true;
}

json::object Scores(const std::map<std::string, int>& scores) {
  json::object out;
  for (const auto& [id, score] : scores) out[id] = score;
  return out;
}

bool ReadScores(const json::object& o, const char* key, std::map<std::string, int>& out) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_object()) return false;
  for (const auto& [id, score] : v->get_object()) {
    if (!score.is_int64()) return false;
    out[std::string(id)] = static_cast<int>(score.get_int64());
  }
  return true;
}

const json::object* ParseObject(std::string_view text, json::value& holder) {
  boost::system::error_code ec;
  holder = json::parse(text, ec);
  if (ec || !holder.is_object()) return nullptr;
  return &holder.get_object();
}

}  // namespace

std::string CheckinToJson(const core::Checkin& c) {
  json::object o;
  o["moments"] = Strings(c.moments);
  o["closeness"] = c.closeness;
  o["feelings"] = Strings(c.feelings);
  o["conflict"] = core::ConflictId(c.conflict);
  if (c.after_sex) o["after_sex"] = core::AfterSexId(*c.after_sex);
  o["note"] = c.note;
  return json::serialize(o);
}

Result<core::Checkin> CheckinFromJson(std::string_view text, Date day) {
  json::value holder;
  const json::object* o = ParseObject(text, holder);
  if (!o) return Malformed("check-in");
  core::Checkin c;
  c.day = day;
  std::string conflict;
  if (!ReadStrings(*o, "moments", c.moments) || !ReadInt(*o, "closeness", c.closeness) ||
      !ReadStrings(*o, "feelings", c.feelings) || !ReadString(*o, "conflict", conflict) ||
      !ReadString(*o, "note", c.note)) {
    return Malformed("check-in");
  }
  auto parsed_conflict = core::ConflictFromId(conflict);
  if (!parsed_conflict) return Malformed("check-in");
  c.conflict = *parsed_conflict;
  if (o->contains("after_sex")) {
    std::string after;
    if (!ReadString(*o, "after_sex", after)) return Malformed("check-in");
    c.after_sex = core::AfterSexFromId(after);
    if (!c.after_sex) return Malformed("check-in");
  }
  return c;
}

std::string ProfileAnswersToJson(const core::ProfileAnswers& a) {
  json::object o;
  o["instrument_version"] = a.instrument_version;
  o["have"] = Scores(a.have);
  o["want"] = Scores(a.want);
  o["comfort"] = Scores(a.comfort);
  return json::serialize(o);
}

Result<core::ProfileAnswers> ProfileAnswersFromJson(std::string_view text) {
  json::value holder;
  const json::object* o = ParseObject(text, holder);
  core::ProfileAnswers a;
  if (!o || !ReadInt(*o, "instrument_version", a.instrument_version) ||
      !ReadScores(*o, "have", a.have) || !ReadScores(*o, "want", a.want) ||
      !ReadScores(*o, "comfort", a.comfort)) {
    return Malformed("profile");
  }
  return a;
}

std::string PracticeEventToJson(const core::PracticeEvent& e) {
  json::object o;
  o["practice_id"] = e.practice_id;
  o["state"] = core::PracticeStateId(e.state);
  if (e.felt_closer) o["felt_closer"] = *e.felt_closer;
  return json::serialize(o);
}

Result<core::PracticeEvent> PracticeEventFromJson(std::string_view text, std::int64_t id,
                                                  UnixSeconds at) {
  json::value holder;
  const json::object* o = ParseObject(text, holder);
  core::PracticeEvent e;
  e.id = id;
  e.at = at;
  std::string state;
  if (!o || !ReadString(*o, "practice_id", e.practice_id) || !ReadString(*o, "state", state)) {
    return Malformed("practice event");
  }
  auto parsed_state = core::PracticeStateFromId(state);
  if (!parsed_state) return Malformed("practice event");
  e.state = *parsed_state;
  if (o->contains("felt_closer")) {
    int felt = 0;
    if (!ReadInt(*o, "felt_closer", felt)) return Malformed("practice event");
    e.felt_closer = felt;
  }
  return e;
}

}  // namespace rapport::store::internal
