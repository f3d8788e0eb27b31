#pragma once

// The keychain wrapper lives in src/secrets so that the Slack layer can use it too.
#include "secrets/secrets.h"
