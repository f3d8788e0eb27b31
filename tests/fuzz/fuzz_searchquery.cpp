// The search query language (core/searchquery.h), and what the store makes of a parsed
// query: every query that parses must run as SQL and FTS5 against a real (small) store,
// never fail there with a syntax error. "now" is fixed so that runs are reproducible.
#include "fuzzinput.h"

#include "core/searchquery.h"
#include "store/eventreader.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<QCoreApplication> application; // QtSql loads its SQLite driver as a plugin
std::unique_ptr<QTemporaryDir> folder;
std::unique_ptr<bb::EventReader> reader;

void openStore()
{
    static int argc = 1;
    static char name[] = "fuzz_searchquery";
    static char *argv[] = { name, nullptr };
    application = std::make_unique<QCoreApplication>(argc, argv);
    folder = std::make_unique<QTemporaryDir>();
    const QString path = folder->filePath(QStringLiteral("events.sqlite3"));
    {
        bb::SqliteConnection writer(QStringLiteral("fuzz-setup"));
        QString error;
        if (!writer.open(path, bb::SqliteConnection::Mode::ReadWrite, bb::SqliteConnection::Sync::Normal, &error)
            || !bb::schema::migrate(writer.database(), &error))
            bb::fuzz::invariantBroken(qPrintable(error));
    }
    reader = std::make_unique<bb::EventReader>(path);
    QString error;
    if (!reader->open(&error))
        bb::fuzz::invariantBroken(qPrintable(error));
    // Before QtSql's own globals go (they were created after these pointers, so they would be
    // destroyed first): close the store while Qt is still whole.
    std::atexit([] {
        reader.reset();
        folder.reset();
        application.reset();
    });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    openStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now(QDate(2026, 11, 24), QTime(10, 30));
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const bb::QueryParseResult parsed = bb::parseSearchQuery(text, now);
    if (!parsed.ok())
        return 0;
    const bb::EventPage page = reader->search(parsed.query, 0, 5);
    if (!page.error.isEmpty()) {
        std::fprintf(stderr, "query %s: %s\n", qPrintable(text), qPrintable(page.error));
        bb::fuzz::invariantBroken("a query that parses failed in the store");
    }
    return 0;
}
