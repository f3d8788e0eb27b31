#pragma once

#include "core/event.h"
#include "net/httpmessage.h"

namespace bb {

// Gives every event of a request that came without a sender name the name of where it came
// from, once, before it is stored (see core/senderfallback.h): the X-Username header, else
// the token's name, else the HTTP client's name from User-Agent ("curl"), else the route
// ("plain", "webhook"). Such names are marked Event::senderNameIsFallback.
void nameUnnamedSenders(EventList *events, const HttpRequest &request);

} // namespace bb
