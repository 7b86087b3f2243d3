// ReaderPlace, continued: dialogs, bookmarks, search, positions and read-aloud wiring.
#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>

#include "Narration.h"
#include "ReadAloud.h"
#include "ReaderDialogs.h"
#include "ReaderPlace.h"
#include "Services.h"
#include "tingdu/accessibility/qt/Announcer.h"

namespace tingdu::client {

namespace {
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}
}  // namespace

void ReaderPlace::goToPage()
{
    if (!hasBook())
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Go to page"), tr("&Page number or label:"),
                                                QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || label.isEmpty())
        return;
    // The publication's page list first, then the page breaks in the text.
    for (const auto& p : m_book.publication->pageList())
        if (qs(p.title).compare(label, Qt::CaseInsensitive) == 0 && !p.href.empty()) {
            goToHref(p.href);
            return;
        }
    for (int i = 0; i < m_renderer.blocks().size(); ++i) {
        const auto& b = blockOf(i);
        if (b.kind == media::BlockKind::PageBreak && qs(b.label).compare(label, Qt::CaseInsensitive) == 0) {
            moveTo(i);
            return;
        }
    }
    announce(tr("There is no page %1 in this book.").arg(label));
}

void ReaderPlace::showNavList(bool landmarks)
{
    if (!hasBook())
        return;
    const auto& points = landmarks ? m_book.publication->landmarks() : m_book.publication->toc();
    if (points.empty()) {
        announce(landmarks ? tr("This book has no landmarks.") : tr("This book has no table of contents."));
        return;
    }
    // The entry of the current chapter is preselected.
    int current = -1;
    const int index = currentBlock();
    if (index >= 0) {
        const std::string& href = m_documents[static_cast<std::size_t>(m_renderer.blocks()[index].document)].href;
        for (std::size_t i = 0; i < points.size() && current < 0; ++i)
            if (points[i].href.substr(0, points[i].href.find('#')) == href ||
                href.ends_with(points[i].href.substr(0, points[i].href.find('#'))))
                current = static_cast<int>(i);
    }
    NavPointDialog dialog(landmarks ? tr("Landmarks") : tr("Table of contents"),
                          landmarks ? tr("&Landmarks") : tr("&Chapters and sections"), points, current, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen() >= 0) {
        m_backStack.append(m_text->textCursor().position());
        goToHref(points[static_cast<std::size_t>(dialog.chosen())].href);
    }
    m_text->setFocus();
}

void ReaderPlace::addBookmark()
{
    auto* shelf = m_services.shelf();
    const int index = currentBlock();
    if (!hasBook() || !shelf || index < 0)
        return;
    QString label = chapterTitle(m_renderer.blocks()[index].document);
    if (const QString page = pageAt(index); !page.isEmpty())
        label += tr(", page %1").arg(page);
    const QString words = qs(blockOf(index).text).left(60);
    if (!words.isEmpty())
        label += QStringLiteral(": ") + words;
    bool ok = false;
    // One line: Enter saves at once (in a multi-line field Enter only adds a line, and a
    // screen-reader user has to hunt for the OK button).
    const QString note = QInputDialog::getText(this, tr("Add bookmark"), tr("&Note for the bookmark (optional):"),
                                               QLineEdit::Normal, {}, &ok);
    m_text->setFocus();
    if (!ok)
        return;
    catalog::Bookmark mark;
    mark.publicationId = m_book.id.toStdString();
    mark.locator = locatorJson().toStdString();
    mark.label = label.toStdString();
    mark.note = note.toStdString();
    if (shelf->addBookmark(mark))
        announce(tr("Bookmark added: %1").arg(label));
    else
        Q_EMIT message(tr("The bookmark could not be saved."));
}

void ReaderPlace::showBookmarks()
{
    auto* shelf = m_services.shelf();
    if (!hasBook() || !shelf)
        return;
    BookmarksDialog dialog(*shelf, m_book.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_backStack.append(m_text->textCursor().position());
        restorePosition(dialog.chosenLocator());
    }
    m_text->setFocus();
}

void ReaderPlace::search(bool again)
{
    if (!hasBook())
        return;
    if (!again || m_lastSearch.isEmpty()) {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Search in book"), tr("&Find:"), QLineEdit::Normal,
                                                   m_lastSearch, &ok);
        m_text->setFocus();
        if (!ok || text.isEmpty())
            return;
        m_lastSearch = text;
    }
    QTextCursor found = m_text->document()->find(m_lastSearch, m_text->textCursor());
    if (found.isNull())
        found = m_text->document()->find(m_lastSearch, 0);  // wrap to the start
    if (found.isNull()) {
        announce(tr("“%1” was not found.").arg(m_lastSearch));
        return;
    }
    m_text->setTextCursor(found);
    const int index = currentBlock();
    announce(tr("Found in %1: %2").arg(chapterTitle(m_renderer.blocks()[index].document), found.block().text()));
}

QString ReaderPlace::chapterTitle(int document) const
{
    if (document < 0 || document >= static_cast<int>(m_documents.size()))
        return {};
    const auto& doc = m_documents[static_cast<std::size_t>(document)];
    if (hasBook())
        for (const auto& p : m_book.publication->toc())
            if (!p.href.empty() && p.href.substr(0, p.href.find('#')) == doc.href)
                return qs(p.title);
    return doc.title.empty() ? tr("Part %1").arg(document + 1) : qs(doc.title);
}

QString ReaderPlace::pageAt(int index) const
{
    for (int i = index; i >= 0; --i)
        if (blockOf(i).kind == media::BlockKind::PageBreak)
            return qs(blockOf(i).label);
    return {};
}

void ReaderPlace::whereAmI()
{
    const int index = currentBlock();
    if (!hasBook() || index < 0) {
        announce(tr("No book is open."));
        return;
    }
    const int percent = qRound(100.0 * m_text->textCursor().position() / std::max(1, m_text->document()->characterCount()));
    const QString page = pageAt(index);
    const QString text = page.isEmpty()
        ? tr("%1, %2, %3 percent through the book.").arg(m_book.title, chapterTitle(m_renderer.blocks()[index].document)).arg(percent)
        : tr("%1, %2, page %3, %4 percent through the book.")
              .arg(m_book.title, chapterTitle(m_renderer.blocks()[index].document), page)
              .arg(percent);
    m_location->setText(text);
    announce(text);
}

QString ReaderPlace::locatorJson() const
{
    const int index = currentBlock();
    if (index < 0)
        return {};
    const RenderedBlock& r = m_renderer.blocks()[index];
    QJsonObject o;
    o[QLatin1String("document")] = r.document;
    o[QLatin1String("block")] = r.block;
    o[QLatin1String("blockId")] = qs(blockOf(index).id);
    o[QLatin1String("href")] = qs(m_documents[static_cast<std::size_t>(r.document)].href);
    o[QLatin1String("offset")] = std::max(0, m_text->textCursor().position() - r.position);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void ReaderPlace::restorePosition(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    int index = m_renderer.findId(m_documents, o.value(QLatin1String("document")).toInt(),
                                  o.value(QLatin1String("blockId")).toString().toStdString());
    if (index < 0)
        index = m_renderer.find(o.value(QLatin1String("document")).toInt(), o.value(QLatin1String("block")).toInt());
    if (index < 0)
        index = 0;
    const int offset = std::min(o.value(QLatin1String("offset")).toInt(), m_renderer.blocks().value(index).length);
    moveTo(index, std::max(0, offset), false);
}

void ReaderPlace::savePosition()
{
    auto* shelf = m_services.shelf();
    if (!hasBook() || !shelf || m_loading || m_renderer.blocks().isEmpty())
        return;
    catalog::ReadingPosition position;
    position.publicationId = m_book.id.toStdString();
    position.locator = locatorJson().toStdString();
    position.progression = double(m_text->textCursor().position()) / std::max(1, m_text->document()->characterCount());
    (void)shelf->savePosition(position);  // a failed save is retried at the next move
}

void ReaderPlace::togglePlay()
{
    if (!hasBook() || m_documents.empty()) {
        announce(tr("No book is open."));
        return;
    }
    if (useNarration()) {
        toggleNarration();
        return;
    }
    if (m_narration->preparing()) {
        // The narration's worker is reading the publication, which is not thread-safe.
        announce(tr("Please wait a moment: the book's narration is being prepared."));
        return;
    }
    if (!m_readAloud->bound()) {
        if (const QString error = m_readAloud->bind(*m_book.publication); !error.isEmpty()) {
            Q_EMIT message(error);
            return;
        }
    }
    auto* c = m_readAloud->controller();
    if (c->state() == accessibility::PlaybackState::Playing) {
        c->pause();
        announce(tr("Paused"));
    } else if (c->state() == accessibility::PlaybackState::Paused) {
        c->resume();
    } else {
        const int index = std::max(0, currentBlock());
        const RenderedBlock& r = m_renderer.blocks()[index];
        media::Locator from;
        from.readingOrderIndex = static_cast<std::size_t>(r.document);
        from.href = m_documents[static_cast<std::size_t>(r.document)].href;
        from.blockId = blockOf(index).id;
        c->play(from);
    }
}

void ReaderPlace::applySpeechSettings()
{
    m_readAloud->applySettings();
}

bool ReaderPlace::reading() const
{
    return m_readAloud->speaking() || m_narration->playing();
}

void ReaderPlace::stopReading()
{
    m_narration->stop();
    if (auto* c = m_readAloud->controller())
        c->stop();
    m_text->setExtraSelections({});
}

void ReaderPlace::pauseReading()
{
    // Silent: the Player starting is what the listener asked for and hears.
    if (m_narration->playing())
        m_narration->pause();
    if (auto* c = m_readAloud->controller(); c && c->state() == accessibility::PlaybackState::Playing)
        c->pause();
}

void ReaderPlace::caretToSpokenPosition()
{
    if (m_spokenPosition < 0)
        return;
    QTextCursor c = m_text->textCursor();
    c.setPosition(m_spokenPosition);
    m_text->setTextCursor(c);
    m_spokenPosition = -1;
}

void ReaderPlace::updateReadButton(bool speaking)
{
    Q_EMIT playbackChanged(speaking);
    m_read->setText(speaking ? tr("&Pause reading") : tr("&Read aloud"));
    if (speaking || !m_readAloud->controller())
        return;
    // Reading stopped or paused: the caret (and the saved position) go where the voice was.
    caretToSpokenPosition();
    if (m_readAloud->controller()->state() == accessibility::PlaybackState::Stopped)
        m_text->setExtraSelections({});
}

void ReaderPlace::highlight(int document, int block, int begin, int end)
{
    const int index = m_renderer.find(document, block);
    if (index < 0)
        return;
    const RenderedBlock& r = m_renderer.blocks()[index];
    const std::string& text = blockOf(index).text;
    QTextCursor c(m_text->document());
    c.setPosition(r.position + BookRenderer::utf16Offset(text, static_cast<std::size_t>(begin)));
    c.setPosition(r.position + BookRenderer::utf16Offset(text, static_cast<std::size_t>(end)), QTextCursor::KeepAnchor);
    m_spokenPosition = c.selectionStart();
    // Keep the spoken sentence in view without moving the caret (the screen reader's position).
    const QRectF rect = m_text->document()->documentLayout()->blockBoundingRect(c.block());
    auto* bar = m_text->verticalScrollBar();
    if (rect.top() < bar->value() || rect.bottom() > bar->value() + m_text->viewport()->height())
        bar->setValue(static_cast<int>(rect.top()) - m_text->viewport()->height() / 4);
    if (!m_highlight)
        return;
    QTextEdit::ExtraSelection selection;
    selection.cursor = c;
    selection.format.setBackground(palette().color(QPalette::Highlight));
    selection.format.setForeground(palette().color(QPalette::HighlightedText));
    m_text->setExtraSelections({selection});
}

}  // namespace tingdu::client
