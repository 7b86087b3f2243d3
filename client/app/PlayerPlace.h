#pragma once
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>

#include "BookOpener.h"
#include "Place.h"
#include "tingdu/media/AudioTimeline.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace tingdu::media {
class TimelineNavigator;
}

namespace tingdu::client {

class PlayerEngine;
class Services;

/// Audiobooks and audio DAISY: transport, chapters, speed, volume, sleep timer, bookmarks, and
/// stepping by heading, page or phrase like a DAISY player. Resumes where it stopped.
class PlayerPlace : public Place {
    Q_OBJECT
public:
    PlayerPlace(Services& services, QWidget* parent = nullptr);
    ~PlayerPlace() override;
    QString title() const override { return tr("Player"); }
    QWidget* initialFocus() override;
    QString helpPrefix() const override { return QStringLiteral("player."); }
    void openBook(const OpenedBook& book);
    void togglePlay();
    bool hasBook() const { return m_book.publication != nullptr; }
    bool playing() const;
    void pause();
    void nextChapter();
    void previousChapter();

private:
    QWidget* buildTransport(QWidget* parent);
    void buildActions();
    void timelineReady(media::AudioTimeline full, media::AudioTimeline played, double resumeAt);
    void timeChapters();
    void toggleSkippable();
    /// Saved places ("time" on the timeline played then, "fullTime" with nothing skipped) and back.
    QJsonObject locatorAt(double seconds) const;
    double timeOf(const QJsonObject& locator) const;
    void onPosition(double seconds);
    void onState(int state);
    void onChapter(int chapter);
    void skip(bool forward);
    void stepUnit(bool forward);
    void seekAndSay(double target, QString text);
    void goToPage();
    void setSleepTimer(int index);
    void keepSleepAtChapterEnd();
    void speakPosition();
    void addBookmark();
    void showBookmarks();
    void savePosition();
    QString timeText(double seconds) const;
    static constexpr int kSleepEndOfChapter = 6;  ///< the sleep timer's last choice
    void markPlayingChapter(int chapter);
    /// Hides Place::announce: what is said within 80 ms is said as one text (the announcer keeps
    /// only the last text it is given before the screen reader asks).
    enum class AnnouncementKind { Other, Speed, Volume };  ///< a newer one replaces a pending one
    void announce(const QString& text, AnnouncementKind kind = AnnouncementKind::Other);

    Services& m_services;
    OpenedBook m_book;
    media::AudioTimeline m_fullTimeline;  ///< everything playing
    media::AudioTimeline m_timeline;      ///< what plays: the navigator's skipped kinds left out
    std::shared_ptr<media::TimelineNavigator> m_navigator;
    PlayerEngine* m_engine = nullptr;
    QLabel* m_nowPlaying = nullptr;
    QLabel* m_time = nullptr;
    QSlider* m_position = nullptr;
    QPushButton* m_play = nullptr;
    QDoubleSpinBox* m_speed = nullptr;
    QSpinBox* m_volume = nullptr;
    QComboBox* m_sleep = nullptr;
    QComboBox* m_level = nullptr;
    QListWidget* m_chapters = nullptr;
    QTimer* m_saveTimer = nullptr;
    QList<QPair<AnnouncementKind, QString>> m_pendingAnnouncements;
    double m_seconds = 0;
    int m_chapter = -1;
    int m_expectedChapter = -1;  ///< a chapter change the listener's move has already said
    int m_state = 0;
    bool m_ready = false;
    bool m_userPaused = false;  ///< the last pause was the listener's, not the sleep timer's
    bool m_reloadPause = false; ///< the engine's pause for a new skip set is not the sleep timer's
};

}  // namespace tingdu::client
