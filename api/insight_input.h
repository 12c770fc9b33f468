// Gathers what the insight engine reads for the signed-in person, and the day it counts as
// "today" for them.
#pragma once

#include "api/context.h"
#include "api/query.h"
#include "core/insights.h"

namespace rapport::api {

// The person's local today: `?today=YYYY-MM-DD` from the client when given (it knows the time
// zone; accepted within a day of the server's UTC date), else the server's UTC date.
Result<Date> PersonToday(const Call& call, const QueryParams& query);

// My profile takes, my check-ins of the last year, my practice events, and what my partner
// granted me (unless my own safety check asked for comparison to stop).
Result<core::InsightInput> LoadInsightInput(Call& call, Date today);

// For routes whose only query parameter is `today`: reads it and loads the input for that day.
Result<core::InsightInput> LoadInsightInputForRequest(const http::Request& request, Call& call);

}  // namespace rapport::api
