// The plaintext inside each sealed row: a small JSON document. Internal to store/.
// Only the fields that are not kept in plain columns are in it (a check-in's day, a profile's
// taken_at, a practice event's id and time are columns).
#pragma once

#include <string>
#include <string_view>

#include <optional>
#include <vector>

#include "base/date.h"
#include "base/status.h"
#include "core/checkin.h"
#include "core/desires.h"
#include "core/practice_log.h"
#include "core/profile_answers.h"

namespace rapport::store::internal {

// {"moments":[..],"closeness":n,"feelings":[..],"conflict":"..","after_sex":"..","note":"..",
//  "share_note":0|1}. share_note is absent in rows written before it existed: read as false.
std::string CheckinToJson(const core::Checkin& checkin);
// Errors (kInternal): not JSON, or not a check-in.
Result<core::Checkin> CheckinFromJson(std::string_view json, Date day);

// {"instrument_version":n,"have":{id:n},"want":{id:n},"comfort":{id:n}}
std::string ProfileAnswersToJson(const core::ProfileAnswers& answers);
Result<core::ProfileAnswers> ProfileAnswersFromJson(std::string_view json);

// {"practice_id":"..","state":"..","felt_closer":n}; id and at are not included.
std::string PracticeEventToJson(const core::PracticeEvent& event);
Result<core::PracticeEvent> PracticeEventFromJson(std::string_view json, std::int64_t id,
                                                  UnixSeconds at);

// {"answers":[{"idea":"..","answer":"yes|maybe|not_now|no","at":n}, ..]}: the whole set of one
// owner's desire answers, in the order given.
std::string DesireAnswersToJson(const std::vector<core::DesireAnswerRecord>& answers);
Result<std::vector<core::DesireAnswerRecord>> DesireAnswersFromJson(std::string_view json);

// {"what":"..","day":"YYYY-MM-DD"}: the sealed part of an access-log entry (day optional).
std::string AccessToJson(std::string_view what, std::optional<Date> day);
Status AccessFromJson(std::string_view json, std::string& what, std::optional<Date>& day);

// A time or "none", padded to one fixed width so that the ciphertext's length does not tell
// a set time from a cleared one (used for the pause and safety fields).
std::string OptionalTimeToText(std::optional<UnixSeconds> at);
Result<std::optional<UnixSeconds>> OptionalTimeFromText(std::string_view text);

}  // namespace rapport::store::internal
