// The OpenAPI 3.1 document of this API (api/openapi.json, compiled in).
#pragma once

#include <string_view>

namespace rapport::api {

std::string_view OpenApiDocument();

}  // namespace rapport::api
