#pragma once

#include <QSslConfiguration>
#include <QString>

namespace bb {

// A TLS server's identity from PEM files ([server] tls_certificate and tls_key): the
// certificate (any chain certificates following it in the same file) and its private key
// (RSA or EC, unencrypted). False with a sentence naming the file when one cannot be used.
bool loadServerTls(const QString &certificateFile, const QString &keyFile, QSslConfiguration *configuration,
                   QString *error);

} // namespace bb
