#pragma once

#include "core/event.h"

#include <QWidget>
#include <memory>

namespace Ui {
class SearchPanel;
}

namespace bb {

class AsyncEventReader;
class SearchResultDelegate;
class SearchResultsModel;

// Ctrl+F: a query line in the shared query language and the matching events, newest first,
// with the matched words marked and "N results in X ms". A query that does not parse shows
// why under the line and leaves the previous results in place. Enter on a result (or on the
// line once its results are shown) asks to open that event in its channel.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(AsyncEventReader *reader, QWidget *parent = nullptr);
    ~SearchPanel() override;

    SearchResultsModel *resultsModel() const { return m_results; }
    QString errorText() const;   // the inline parse error, "" when the query parsed
    QString summaryText() const; // "N results in X ms"

public slots:
    void setQueryText(const QString &text); // and run it
    void runQuery();                        // what the line holds now
    void focusQuery();                      // focus the line, text selected

signals:
    void eventActivated(const bb::Event &event);
    void userTimelineRequested(const QString &user);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void showError(const QString &error);
    void showContextMenu(const QPoint &pos);

    std::unique_ptr<Ui::SearchPanel> m_ui;
    SearchResultsModel *m_results;
    SearchResultDelegate *m_delegate;
    QString m_shownQuery; // the text whose results are in the list
};

} // namespace bb
