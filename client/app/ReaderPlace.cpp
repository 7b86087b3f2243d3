#include "ReaderPlace.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include "AppSettings.h"
#include "ErrorText.h"
#include "FlowLayout.h"
#include "KeyMap.h"
#include "Narration.h"
#include "ReadAloud.h"
#include "ReaderDialogs.h"
#include "Services.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/accessibility/qt/SystemAppearance.h"

namespace tingdu::client {

namespace {
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}
bool isParagraph(const media::Block& b)
{
    return b.kind != media::BlockKind::PageBreak && b.kind != media::BlockKind::Heading && !b.text.empty();
}
std::string withoutFragment(const std::string& href)
{
    return href.substr(0, href.find('#'));
}
bool sameDocument(const std::string& a, const std::string& b)
{
    const std::string x = withoutFragment(a), y = withoutFragment(b);
    if (x == y)
        return true;
    // Hrefs may be relative to different folders: compare the shorter as a path suffix.
    const std::string& shorter = x.size() < y.size() ? x : y;
    const std::string& longer = x.size() < y.size() ? y : x;
    return !shorter.empty() && longer.size() > shorter.size() &&
           longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0 &&
           longer[longer.size() - shorter.size() - 1] == '/';
}
}  // namespace

ReaderPlace::ReaderPlace(Services& services, QWidget* parent) : Place(parent), m_services(services)
{
    auto* layout = new QVBoxLayout(this);
    m_location = new QLabel(tr("No book is open. Open one from the Shelf (Ctrl+1)."), this);
    m_location->setWordWrap(true);
    m_location->setAccessibleDescription(tr("Location"));
    m_text = new QTextEdit(this);
    m_text->setReadOnly(true);
    // A caret for the keyboard and the screen reader's caret navigation and say-all.
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse |
                                    Qt::LinksAccessibleByMouse);
    m_text->setTabChangesFocus(true);  // Tab leaves the book: no keyboard trap
    m_text->setAccessibleName(tr("Book text"));
    m_text->setAccessibleDescription(tr("The book. Arrow keys move the caret; F1 lists the reading keys."));
    m_text->setPlainText(m_location->text());

    auto* buttons = new FlowLayout;
    m_read = new QPushButton(tr("&Read aloud"), this);
    auto* stop = new QPushButton(tr("S&top reading"), this);
    auto* contents = new QPushButton(tr("&Contents…"), this);
    auto* page = new QPushButton(tr("Go to &page…"), this);
    auto* marks = new QPushButton(tr("Book&marks…"), this);
    for (auto* b : {m_read, stop, contents, page, marks})
        buttons->addWidget(b);
    layout->addWidget(m_location);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    m_readAloud = new ReadAloud(this);
    connect(m_readAloud, &ReadAloud::range, this, &ReaderPlace::highlight);
    connect(m_readAloud, &ReadAloud::stateChanged, this, &ReaderPlace::updateReadButton);
    connect(m_readAloud, &ReadAloud::error, this, &ReaderPlace::message);
    connect(m_readAloud, &ReadAloud::endOfBook, this, [this] { announce(tr("End of book")); });

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    connect(m_saveTimer, &QTimer::timeout, this, &ReaderPlace::savePosition);
    connect(m_text, &QTextEdit::cursorPositionChanged, this, [this] {
        if (m_loading || m_renderer.blocks().isEmpty())
            return;
        m_saveTimer->start();
        const int index = currentBlock();
        const int document = index >= 0 ? m_renderer.blocks()[index].document : -1;
        if (document != m_lastDocument) {
            // Continuous reading: the reader's own keys crossing into another chapter say so,
            // without moving focus. A screen reader's say-all moves the caret too, sentence by
            // sentence; an announcement then would break into the sentence it is reading.
            if (m_lastDocument >= 0 && m_caretByKey)
                announce(tr("Chapter: %1").arg(chapterTitle(document)));
            m_lastDocument = document;
        }
        m_location->setText(tr("%1 — %2").arg(m_book.title, chapterTitle(document)));
    });

    m_text->installEventFilter(this);
    buildActions();
    setUpNarration();
    connect(m_read, &QPushButton::clicked, this, &ReaderPlace::togglePlay);
    connect(stop, &QPushButton::clicked, this, &ReaderPlace::stopReading);
    connect(contents, &QPushButton::clicked, this, [this] { showNavList(false); });
    connect(page, &QPushButton::clicked, this, &ReaderPlace::goToPage);
    connect(marks, &QPushButton::clicked, this, &ReaderPlace::showBookmarks);
    m_highlight = openSettings()->value(QLatin1String(keys::kHighlight), true).toBool();
}

ReaderPlace::~ReaderPlace()
{
    savePosition();
    m_readAloud->unbind();
    m_narration->clear();
}

bool ReaderPlace::eventFilter(QObject* watched, QEvent* event)
{
    // Caret moves while a key is handled are the reader's own (see cursorPositionChanged above).
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        m_caretByKey = true;
        QTimer::singleShot(0, this, [this] { m_caretByKey = false; });
    }
    return Place::eventFilter(watched, event);
}

QWidget* ReaderPlace::initialFocus()
{
    return m_text;
}

void ReaderPlace::buildActions()
{
    auto& k = KeyMap::instance();
    auto add = [&](const char* id, const QString& text, const QKeySequence& key, auto&& slot) {
        connect(k.create(this, QString::fromLatin1(id), text, key), &QAction::triggered, this, slot);
    };
    add("reader.readAloud", tr("Read aloud or pause"), Qt::Key_F5, [this] { togglePlay(); });
    add("reader.stop", tr("Stop reading"), Qt::SHIFT | Qt::Key_F5, [this] { stopReading(); });
    add("reader.nextHeading", tr("Next heading"), Qt::CTRL | Qt::Key_H, [this] { heading(true, 0); });
    add("reader.previousHeading", tr("Previous heading"), Qt::CTRL | Qt::SHIFT | Qt::Key_H, [this] { heading(false, 0); });
    for (int level = 1; level <= 6; ++level) {
        const auto key = static_cast<Qt::Key>(Qt::Key_1 + level - 1);
        add(QStringLiteral("reader.nextHeading%1").arg(level).toLatin1().constData(),
            tr("Next heading of level %1").arg(level), Qt::ALT | key, [this, level] { heading(true, level); });
        add(QStringLiteral("reader.previousHeading%1").arg(level).toLatin1().constData(),
            tr("Previous heading of level %1").arg(level), Qt::ALT | Qt::SHIFT | key, [this, level] { heading(false, level); });
    }
    const auto page = [](const media::Block& b) { return b.kind == media::BlockKind::PageBreak; };
    add("reader.nextPage", tr("Next page"), Qt::ALT | Qt::Key_PageDown, [this, page] { step(true, page, tr("No next page.")); });
    add("reader.previousPage", tr("Previous page"), Qt::ALT | Qt::Key_PageUp, [this, page] { step(false, page, tr("No previous page.")); });
    add("reader.goToPage", tr("Go to page…"), Qt::CTRL | Qt::Key_G, [this] { goToPage(); });
    add("reader.nextParagraph", tr("Next paragraph"), Qt::ALT | Qt::Key_Down,
        [this] { step(true, isParagraph, tr("No next paragraph.")); });
    add("reader.previousParagraph", tr("Previous paragraph"), Qt::ALT | Qt::Key_Up,
        [this] { step(false, isParagraph, tr("No previous paragraph.")); });
    add("reader.nextSentence", tr("Next sentence (reading aloud)"), Qt::ALT | Qt::SHIFT | Qt::Key_Down,
        [this] { sentence(true); });
    add("reader.previousSentence", tr("Previous sentence (reading aloud)"), Qt::ALT | Qt::SHIFT | Qt::Key_Up,
        [this] { sentence(false); });
    add("reader.nextChapter", tr("Next chapter"), Qt::CTRL | Qt::Key_PageDown, [this] { chapter(true); });
    add("reader.previousChapter", tr("Previous chapter"), Qt::CTRL | Qt::Key_PageUp, [this] { chapter(false); });
    add("reader.contents", tr("Table of contents…"), Qt::CTRL | Qt::Key_T, [this] { showNavList(false); });
    add("reader.landmarks", tr("Landmarks…"), Qt::CTRL | Qt::Key_L, [this] { showNavList(true); });
    add("reader.followLink", tr("Follow link or footnote"), Qt::CTRL | Qt::Key_Return, [this] { followLink(); });
    add("reader.back", tr("Back after a link"), Qt::ALT | Qt::Key_Left, [this] { back(); });
    add("reader.addBookmark", tr("Add bookmark…"), Qt::CTRL | Qt::Key_B, [this] { addBookmark(); });
    add("reader.bookmarks", tr("Bookmarks…"), Qt::CTRL | Qt::SHIFT | Qt::Key_B, [this] { showBookmarks(); });
    add("reader.search", tr("Search in book…"), QKeySequence::Find, [this] { search(false); });
    add("reader.searchNext", tr("Find next"), QKeySequence::FindNext, [this] { search(true); });
    add("reader.whereAmI", tr("Where am I"), Qt::CTRL | Qt::Key_I, [this] { whereAmI(); });
    add("reader.highlight", tr("Highlight the spoken sentence on or off"), Qt::CTRL | Qt::SHIFT | Qt::Key_L, [this] {
        m_highlight = !m_highlight;
        openSettings()->setValue(QLatin1String(keys::kHighlight), m_highlight);
        if (!m_highlight)
            m_text->setExtraSelections({});
        announce(m_highlight ? tr("Highlighting on") : tr("Highlighting off"));
    });
}

void ReaderPlace::openBook(const OpenedBook& book)
{
    savePosition();
    m_readAloud->unbind();
    m_narration->clear();
    m_playWhenReady = false;
    m_book = book;
    m_read->setText(useNarration() ? tr("&Play narration") : tr("&Read aloud"));
    m_documents.clear();
    m_loading = true;
    m_location->setText(tr("Opening “%1”…").arg(book.title));
    m_text->setPlainText(m_location->text());
    // The GUI leaves the publication alone while the worker parses every document.
    auto publication = book.publication;
    QPointer<ReaderPlace> self(this);
    QThreadPool::globalInstance()->start([self, publication] {
        std::vector<media::Document> documents;
        QString warning;
        if (const auto* text = publication->text()) {
            for (std::size_t i = 0; i < text->documentCount(); ++i) {
                auto doc = text->document(i);
                if (doc) {
                    documents.push_back(std::move(doc.value()));
                } else {
                    warning = describeError(doc.error());
                    documents.emplace_back();  // keeps indexes equal to the publication's
                }
            }
        }
        QMetaObject::invokeMethod(qApp, [self, publication, docs = std::move(documents), warning]() mutable {
            if (!self || self->m_book.publication != publication)
                return;
            if (!warning.isEmpty())
                Q_EMIT self->message(warning);
            self->showDocuments(std::move(docs));
        }, Qt::QueuedConnection);
    });
}

void ReaderPlace::showDocuments(std::vector<media::Document> documents)
{
    m_documents = std::move(documents);
    applyStyle();
    QString saved;
    if (auto* shelf = m_services.shelf())
        if (auto pos = shelf->position(m_book.id.toStdString()); pos && pos.value())
            saved = qs(pos.value()->locator);
    m_loading = false;
    m_lastDocument = -1;
    if (!saved.isEmpty())
        restorePosition(saved);
    else
        moveTo(0, 0, false);
    if (m_book.placement.narration)
        m_narration->prepare(m_book.publication, narrateSkippable());  // the worker has finished with the publication
    announce(tr("Opened “%1”. %2").arg(m_book.title, chapterTitle(m_renderer.blocks().isEmpty() ? 0 : m_renderer.blocks()[std::max(0, currentBlock())].document)));
}

void ReaderPlace::applyStyle()
{
    if (m_documents.empty())
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    const int block = currentBlock();
    auto settings = openSettings();
    ReaderStyle style;
    style.fontFamily = settings->value(QLatin1String(keys::kReaderFont)).toString();
    style.pointSize = settings->value(QLatin1String(keys::kReaderTextSize),
                                      settings->value(QLatin1String(keys::kTextSize), accessibility::qt::defaultTextPointSize())).toInt();
    style.lineSpacingPercent = settings->value(QLatin1String(keys::kLineSpacing), 150).toInt();
    style.letterSpacingPercent = settings->value(QLatin1String(keys::kLetterSpacing), 100).toInt();
    m_renderer.render(m_documents, style, *m_text->document());
    m_loading = wasLoading;
    if (block > 0)
        moveTo(block, 0, false);
    m_readAloud->applySettings();
}

int ReaderPlace::currentBlock() const
{
    return m_renderer.blockAt(m_text->textCursor().position());
}

const media::Block& ReaderPlace::blockOf(int i) const
{
    const RenderedBlock& r = m_renderer.blocks()[i];
    return m_documents[static_cast<std::size_t>(r.document)].blocks[static_cast<std::size_t>(r.block)];
}

void ReaderPlace::moveTo(int index, int offset, bool speak)
{
    if (index < 0 || index >= m_renderer.blocks().size())
        return;
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(m_renderer.blocks()[index].position + offset);
    const bool byKey = m_caretByKey;
    m_caretByKey = m_caretByKey || speak;  // a command of the reader's: a new chapter is said
    m_text->setTextCursor(cursor);
    m_caretByKey = byKey;
    // Put the block near the top so what follows is visible too.
    const QRect r = m_text->cursorRect();
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->value() + r.top() - m_text->viewport()->height() / 4);
    if (speak) {
        const media::Block& b = blockOf(index);
        QString text = b.kind == media::BlockKind::PageBreak ? tr("Page %1").arg(qs(b.label)) : qs(b.text);
        if (b.kind == media::BlockKind::Heading)
            text = tr("Heading level %1: %2").arg(b.level).arg(text);
        announce(text);
    }
}

void ReaderPlace::step(bool forward, const std::function<bool(const media::Block&)>& match, const QString& notFound)
{
    const int count = static_cast<int>(m_renderer.blocks().size());
    for (int i = currentBlock() + (forward ? 1 : -1); i >= 0 && i < count; i += forward ? 1 : -1) {
        if (match(blockOf(i))) {
            const RenderedBlock& target = m_renderer.blocks()[i];
            if (m_narration->playing())
                narrateFrom(i);
            if (auto* c = m_readAloud->controller(); c && m_readAloud->speaking()) {
                media::Locator at;
                at.readingOrderIndex = static_cast<std::size_t>(target.document);
                at.href = m_documents[static_cast<std::size_t>(target.document)].href;
                at.blockId = blockOf(i).id;
                c->play(at);
            }
            moveTo(i);
            return;
        }
    }
    announce(notFound);
}

void ReaderPlace::heading(bool forward, int level)
{
    step(forward, [level](const media::Block& b) {
        return b.kind == media::BlockKind::Heading && (level == 0 || b.level == level);
    }, level == 0 ? tr("No more headings.") : tr("No more headings of level %1.").arg(level));
}

void ReaderPlace::chapter(bool forward)
{
    const int index = currentBlock();
    if (index < 0)
        return;
    const int document = m_renderer.blocks()[index].document;
    const int target = forward ? document + 1 : (m_renderer.blocks()[index].block > 0 ? document : document - 1);
    const int first = m_renderer.firstOf(target);
    if (first < 0)
        announce(forward ? tr("This is the last chapter.") : tr("This is the first chapter."));
    else
        moveTo(first);
}

void ReaderPlace::goToHref(const std::string& href)
{
    const std::string::size_type hash = href.find('#');
    const std::string fragment = hash == std::string::npos ? std::string() : href.substr(hash + 1);
    int document = -1;
    if (href.empty() || hash == 0)
        document = currentBlock() >= 0 ? m_renderer.blocks()[currentBlock()].document : 0;
    for (int d = 0; document < 0 && d < static_cast<int>(m_documents.size()); ++d)
        if (sameDocument(href, m_documents[static_cast<std::size_t>(d)].href))
            document = d;
    int index = fragment.empty() ? m_renderer.firstOf(document) : m_renderer.findId(m_documents, document, fragment);
    if (index < 0)
        index = m_renderer.firstOf(document);
    if (index < 0) {
        announce(tr("That place is not in the book's text."));
        return;
    }
    moveTo(index);
}

void ReaderPlace::followLink()
{
    const QTextCursor c = m_text->textCursor();
    QString href = c.charFormat().anchorHref();
    if (href.isEmpty()) {
        QTextCursor next(c);
        next.movePosition(QTextCursor::NextCharacter);
        href = next.charFormat().anchorHref();
    }
    if (href.isEmpty()) {
        announce(tr("There is no link at the caret."));
        return;
    }
    m_backStack.append(c.position());
    goToHref(href.toStdString());
}

void ReaderPlace::back()
{
    if (m_backStack.isEmpty()) {
        announce(tr("Nothing to go back to."));
        return;
    }
    QTextCursor c = m_text->textCursor();
    c.setPosition(m_backStack.takeLast());
    m_text->setTextCursor(c);
    moveTo(currentBlock(), c.position() - m_renderer.blocks()[currentBlock()].position);
}

}  // namespace tingdu::client
