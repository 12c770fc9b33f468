// ISO-8601 UTC timestamps for API responses: "2026-11-21T05:43:31Z".
#pragma once

#include <string>

#include "base/ids.h"

namespace rapport {

std::string FormatIsoUtc(UnixSeconds t);

}  // namespace rapport
