// The web app's built files, compiled into the binary by app/embed_web.cmake from web/dist.
// Empty when the web app was not built (the API still works).
#pragma once

#include <span>

#include "http/static_files.h"

namespace rapport::app {

std::span<const http::Asset> WebAssets();

}  // namespace rapport::app
