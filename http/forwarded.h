// Behind a reverse proxy every request comes from the proxy's address. When the host says the
// proxy can be trusted, the client's address is the last one the proxy appended to
// X-Forwarded-For (earlier entries are whatever the client claimed, and are ignored).
#pragma once

#include "http/message.h"

namespace rapport::http {

// Replaces request.remote_address with the last X-Forwarded-For entry, when there is one that
// looks like an address. Leaves the request alone otherwise.
void UseForwardedFor(Request& request);

}  // namespace rapport::http
