#pragma once

#include "core/walltile.h"

#include <QVariantAnimation>
#include <QWidget>

namespace bb {

class AsyncEventReader;
class WallTileCounter;

// One number on the wall, to be read across the room: the tile's title, its number (or its
// sums, one line per currency, never added together) as tall as numberPixelSize, and the
// comparison ("▲ 12% vs yesterday"). A number that goes up glows for a moment. The tile takes
// focus with Tab; a click, Enter or Space asks for its search (activated()).
class WallTile : public QWidget
{
    Q_OBJECT
public:
    WallTile(const WallTileSpec &spec, AsyncEventReader *reader, QWidget *parent = nullptr);

    WallTileCounter *counter() const { return m_counter; }
    // How tall the number's digits are, in pixels (their cap height, not the font's size); the
    // wall gives a twelfth of its height or more.
    void setNumberPixelSize(int pixels);
    int numberPixelSize() const { return m_numberPixels; }
    // What the tile says, line by line, as painted: title, numbers, comparison (tests, a11y).
    QString numberText() const;
    QString comparisonText() const;
    bool isGlowing() const { return m_glow.state() == QAbstractAnimation::Running; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated(const QString &query);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onChanged(bool grew);
    QStringList numberLines() const;
    QFont numberFontFor(int digitHeight) const; // bold, sized so that digits are this tall

    WallTileCounter *m_counter;
    QVariantAnimation m_glow;
    int m_numberPixels = 90;
};

} // namespace bb
