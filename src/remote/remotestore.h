#pragma once

#include "remoteserver.h"
#include "remotestream.h"

#include <QString>

namespace bb {

class StreamNotices;

// The team server as the store's third engine (issue 15): an EventStore or EventReader opened
// at an http:// or https:// location talks to the server registered for that location here,
// so the window works against the server exactly as against a local file. Registered by the
// app layer before the store opens (the store library cannot name this one: it sits below).
//
// The location only names the registration: the server's own URL for the console, or one with
// a person in it ("https://alice@host:2355") to tell two people on one server apart (tests).
// A location nobody registered is the bare server URL without a token: the server refuses it
// with a sentence saying to log in.
//
// `notices` (optional) hears the id of the store's stream and the server's messages for this
// console alone (a command's ephemeral answers); it must outlive every store opened there.
void registerRemoteStore(const QString &location, const RemoteServer &server, const RemoteStreamTimings &timings = {},
                         StreamNotices *notices = nullptr);

} // namespace bb
