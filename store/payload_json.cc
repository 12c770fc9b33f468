#include "store/payload_json.h"

#include <boost/json.hpp>

#include <charconv>

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
  // 0 or 1 rather than false/true: the same length either way, so the size of the sealed row
  // does not tell whether its note is shared.
  o["share_note"] = c.share_note ? 1 : 0;
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
  if (const json::value* share = o->if_contains("share_note")) {
    if (share->is_int64() && (share->get_int64() == 0 || share->get_int64() == 1)) {
      c.share_note = share->get_int64() == 1;
    } else if (share->is_bool()) {
      c.share_note = share->get_bool();
    } else {
      return Malformed("check-in");
    }
  }
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

std::string DesireAnswersToJson(const std::vector<core::DesireAnswerRecord>& answers) {
  json::array list;
  list.reserve(answers.size());
  for (const core::DesireAnswerRecord& r : answers) {
    json::object a;
    a["idea"] = r.idea_id;
    a["answer"] = core::DesireAnswerId(r.answer);
    a["at"] = r.answered_at;
    list.emplace_back(std::move(a));
  }
  json::object o;
  o["answers"] = std::move(list);
  // Padded with white space to one fixed size, so the sealed set's length tells nothing of how
  // many ideas were answered, or how. 16 KiB holds every idea of the catalogue answered.
  std::string text = json::serialize(o);
  constexpr std::size_t kDesireSetBytes = 16 * 1024;
  if (text.size() < kDesireSetBytes) text.append(kDesireSetBytes - text.size(), ' ');
  return text;
}

Result<std::vector<core::DesireAnswerRecord>> DesireAnswersFromJson(std::string_view text) {
  json::value holder;
  const json::object* o = ParseObject(text, holder);
  const json::value* list = o ? o->if_contains("answers") : nullptr;
  if (!list || !list->is_array()) return Malformed("desire answers");
  std::vector<core::DesireAnswerRecord> answers;
  answers.reserve(list->get_array().size());
  for (const json::value& item : list->get_array()) {
    if (!item.is_object()) return Malformed("desire answers");
    const json::object& a = item.get_object();
    core::DesireAnswerRecord r;
    std::string answer;
    const json::value* at = a.if_contains("at");
    if (!ReadString(a, "idea", r.idea_id) || !ReadString(a, "answer", answer) || !at ||
        !at->is_int64()) {
      return Malformed("desire answers");
    }
    auto parsed = core::DesireAnswerFromId(answer);
    if (!parsed) return Malformed("desire answers");
    r.answer = *parsed;
    r.answered_at = at->get_int64();
    answers.push_back(std::move(r));
  }
  return answers;
}

std::string AccessToJson(std::string_view what, std::optional<Date> day) {
  json::object o;
  o["what"] = what;
  if (day) o["day"] = day->ToString();
  return json::serialize(o);
}

Status AccessFromJson(std::string_view text, std::string& what, std::optional<Date>& day) {
  json::value holder;
  const json::object* o = ParseObject(text, holder);
  if (!o || !ReadString(*o, "what", what)) return Malformed("access entry");
  day.reset();
  if (o->contains("day")) {
    std::string day_text;
    if (!ReadString(*o, "day", day_text)) return Malformed("access entry");
    day = Date::Parse(day_text);
    if (!day) return Malformed("access entry");
  }
  return Status::Ok();
}

namespace {
// Wide enough for any int64 with its sign.
constexpr std::size_t kTimeTextWidth = 20;
}  // namespace

std::string OptionalTimeToText(std::optional<UnixSeconds> at) {
  std::string text = at ? std::to_string(*at) : "none";
  text.resize(kTimeTextWidth, ' ');
  return text;
}

Result<std::optional<UnixSeconds>> OptionalTimeFromText(std::string_view text) {
  if (text.size() != kTimeTextWidth) return Malformed("time");
  text = text.substr(0, text.find(' '));
  if (text == "none") return std::optional<UnixSeconds>();
  UnixSeconds at = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), at);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) {
    return Malformed("time");
  }
  return std::optional<UnixSeconds>(at);
}

}  // namespace rapport::store::internal
