#pragma once
#include <QTextEdit>
#include <QVector>
#include <vector>

#include "BookOpener.h"
#include "BookRenderer.h"
#include "Place.h"

class QLabel;
class QPushButton;
class QTimer;

namespace tingdu::client {

class Narration;
class ReadAloud;
class Services;

/// The open e-book, rendered from the content model, navigated by structure and read aloud.
class ReaderPlace : public Place {
    Q_OBJECT
public:
    ReaderPlace(Services& services, QWidget* parent = nullptr);
    ~ReaderPlace() override;
    QString title() const override { return tr("Reader"); }
    QWidget* initialFocus() override;
    QString helpPrefix() const override { return QStringLiteral("reader."); }

    /// Shows BOOK (its documents are parsed on a worker first) at its saved position.
    void openBook(const OpenedBook& book);
    bool hasBook() const { return m_book.publication != nullptr; }
    /// Re-renders with the current settings (text size, font, spacing), keeping the position.
    void applyStyle();
    /// Media keys and the like: toggles read aloud.
    void togglePlay();
    void stopReading();
    /// Pauses the narration or the voice where it is; F5 resumes (another place started playing).
    void pauseReading();
    bool reading() const;
    /// Voice, rate, pitch, pauses and announcements from the settings, at once.
    void applySpeechSettings();
    void nextChapter() { chapter(true); }
    void previousChapter() { chapter(false); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void showDocuments(std::vector<media::Document> documents);
    int currentBlock() const;
    void moveTo(int renderedIndex, int offset = 0, bool speak = true);
    void step(bool forward, const std::function<bool(const media::Block&)>& match, const QString& notFound);
    void heading(bool forward, int level);
    void goToHref(const std::string& href);
    void followLink();
    void back();
    void goToPage();
    void showNavList(bool landmarks);
    void addBookmark();
    void showBookmarks();
    void search(bool again);
    void whereAmI();
    void chapter(bool forward);
    void savePosition();
    void restorePosition(const QString& locatorJson);
    QString locatorJson() const;
    QString chapterTitle(int document) const;
    QString pageAt(int renderedIndex) const;
    void highlight(int document, int block, int begin, int end);
    void caretToSpokenPosition();  ///< after voice or narration stops: the caret goes where it was
    void updateReadButton(bool speaking);
    const media::Block& blockOf(int renderedIndex) const;
    // The book's own narration (ReaderNarration.cpp).
    void setUpNarration();
    bool useNarration() const { return m_book.placement.narration && m_useNarration; }
    void toggleNarration();
    void narrateFrom(int renderedIndex);
    void narrationState(bool playing, bool paused);
    void sentence(bool forward);
    void changeSpeed(int direction);
    void switchVoice();
    bool narrateSkippable() const;  ///< the book's default-skipped content in the narration too
    void toggleSkippable();

    Services& m_services;
    OpenedBook m_book;
    std::vector<media::Document> m_documents;
    BookRenderer m_renderer;
    QTextEdit* m_text = nullptr;
    QLabel* m_location = nullptr;
    QPushButton* m_read = nullptr;
    QTimer* m_saveTimer = nullptr;
    ReadAloud* m_readAloud = nullptr;
    Narration* m_narration = nullptr;
    QVector<int> m_backStack;  ///< character positions before following links
    QString m_lastSearch;
    int m_lastDocument = -1;
    int m_spokenPosition = -1;  ///< start of the sentence last spoken
    bool m_highlight = true;
    bool m_loading = false;
    bool m_caretByKey = false;     ///< a key press in the book is being handled
    bool m_useNarration = true;   ///< books with narration: play it rather than the synthetic voice
    bool m_playWhenReady = false; ///< play was asked while the narration was being prepared
};

}  // namespace tingdu::client
