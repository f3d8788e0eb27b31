#pragma once

#include "net/httpmessage.h"

namespace bb {

// How one response goes on the wire, decided by the request it answers.
struct ResponseFraming
{
    bool headRequest = false; // HEAD: headers as for GET, no body
    bool keepAlive = true;    // false: "Connection: close" and the connection ends after it
};

// The whole response (status line, headers, body) in one buffer, ready for one write.
QByteArray encodeHttpResponse(const HttpResponse &response, const ResponseFraming &framing);

// "HTTP/1.1 100 Continue", the interim answer to "Expect: 100-continue".
QByteArray encodeContinue();

} // namespace bb
