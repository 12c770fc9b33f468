// The plaintext inside each sealed row: a small JSON document. Internal to store/.
// Only the fields that are not kept in plain columns are in it (a check-in's day, a profile's
// taken_at, a practice event's id and time are columns).
#pragma once

#include <string>
#include <string_view>

#include "base/date.h"
#include "base/status.h"
#include "core/checkin.h"
#include "core/practice_log.h"
#include "core/profile_answers.h"

namespace rapport::store::internal {

// {"moments":[..],"closeness":n,"feelings":[..],"conflict":"..","after_sex":"..","note":".."}
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

}  // namespace rapport::store::internal
