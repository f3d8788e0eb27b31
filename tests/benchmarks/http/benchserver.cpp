// Throughput probe, not a test: serves "ok" to everything on 127.0.0.1:PORT (default 18080).
//   bb_http_benchserver 18080 &
//   wrk -t1 -c32 -d5s http://127.0.0.1:18080/
#include "ingest/http/httpserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 18080;
    bb::HttpServer server{ bb::HttpLimits() };
    server.setHandler([](const bb::HttpRequest &, bb::HttpResponder respond) {
        respond(bb::HttpResponse::text(200, "ok"));
    });
    QString error;
    if (!server.listen(QHostAddress::LocalHost, port, &error)) {
        QTextStream(stderr) << "cannot listen: " << error << '\n';
        return 1;
    }
    return app.exec();
}
