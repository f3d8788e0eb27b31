#pragma once

#include "configkeys.h"

// The tables of the team (the console's [remote], a server's [[users]]), of the native
// [[sources]] and of the wall's numbers ([wall] tiles): entries of the config schema
// (configschema.cpp), kept apart so that each file reads in one sitting. Private to
// src/app/config.
namespace bb::featuretables {

configkeys::TableReader remoteTable();
configkeys::TableReader usersTable();
configkeys::TableReader sourcesTable();
configkeys::TableReader wallTable();

} // namespace bb::featuretables
