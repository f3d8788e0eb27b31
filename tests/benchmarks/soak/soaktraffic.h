#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// The soak's steady mixed traffic: the nth request of a rotation through every sender format
// Bellboard accepts (webhook JSON and form, chat.postMessage JSON and form, Slackboard notify
// and notify-directly, plain text), with attachments, blocks, end users and levels.
struct SoakRequest
{
    QByteArray path;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

SoakRequest soakRequest(quint64 n);

// The [[routes]] the Slackboard requests rely on, for the server's config file.
QByteArray soakRoutesConfig();
