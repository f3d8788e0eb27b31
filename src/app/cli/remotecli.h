#pragma once

#include "app/config/config.h"

#include "remote/remotesession.h"

#include <QString>
#include <optional>

class QCommandLineParser;

namespace bb {

// The keychain entry of the person's token for the server in [remote] (or, on a headless
// machine, BELLBOARD_SECRET_REMOTE_TOKEN).
inline constexpr char kRemoteTokenSecret[] = "remote-token";

// Adds --server URL (search and send).
void addServerOption(QCommandLineParser &parser);

// The server a subcommand talks to: --server, or [remote] server when neither --server nor
// --data-dir was given; nullopt for the local store. The token comes from the keychain, and a
// token kept for the [remote] server is never sent to another one. False with a sentence in
// *error when a server is wanted but cannot be used.
bool remoteServerFor(const QCommandLineParser &parser, const Config &config, std::optional<RemoteServer> *server,
                     QString *error);

// The server at `url` with the person's token from the keychain (and the pinned certificate
// when it is the [remote] server); false with a sentence when no token is kept for it.
bool remoteServerAt(const QUrl &url, const Config &config, RemoteServer *server, QString *error);

// Same scheme, host and port: "https://Host:2355/" and "https://host:2355" are one server.
bool sameServer(const QUrl &a, const QUrl &b);

} // namespace bb
