#pragma once

#include "app/config/config.h"

#include <QStringList>

namespace bb {

class ChatOps;

// Puts the config file's ChatOps part into `chatops`: the desk's user name, every
// [[commands]] entry (webhook or process, signing secrets read from the keychain by name)
// and the [[interactivity]] endpoints. A command that cannot be set up is left out and
// reported with its line; the others work. Reads secrets: call at start-up.
QStringList configureChatOps(ChatOps *chatops, const Config &config);

} // namespace bb
