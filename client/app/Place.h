#pragma once
// A place of the app (Shelf, Catalog, Reader, Player, Settings): one page of the main window.
#include <QWidget>

#include "tingdu/accessibility/qt/Announcer.h"

namespace tingdu::client {

class Place : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// The translated name shown on the tab and given to the screen reader.
    virtual QString title() const = 0;
    /// The control that should have focus when the place is entered.
    virtual QWidget* initialFocus() { return this; }
    /// KeyMap id prefix of this place's commands ("reader."): F1 lists them.
    virtual QString helpPrefix() const { return {}; }

protected:
    /// Speaks a state change to the screen reader without moving focus.
    static void announce(const QString& text) { accessibility::qt::Announcer::say(text); }

Q_SIGNALS:
    /// A state change or error worded for the reader: shown in the status bar and announced.
    void message(const QString& text);
    /// The place's sound started (true) or paused/stopped (false), as its engine reports it:
    /// the main window lets one place play at a time (NowPlaying.h).
    void playbackChanged(bool playing);
};

}  // namespace tingdu::client
