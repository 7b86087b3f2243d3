#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tingdu::station {

WelcomePage::WelcomePage(int idleMinutes, const QString& language, QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Welcome"));
    m_heading = new QLabel(tr("Welcome to the library's listening and reading station"), this);
    m_heading->setAccessibleName(m_heading->text());
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_heading->setFont(big);

    m_instructions = new QLabel(
        tr("Press Tab to move from button to button and Enter to press one. "
           "Press Start to borrow, read and listen to books. "
           "In every place, F1 tells you its keys. "
           "When you have finished, press F12 twice: everything of yours is cleared for the next visitor. "
           "After %n minute(s) without a key press your session ends by itself.", nullptr, idleMinutes),
        this);
    m_instructions->setWordWrap(true);
    m_instructions->setAccessibleName(m_instructions->text());

    m_start = new QPushButton(tr("&Start"), this);
    m_start->setAccessibleDescription(m_instructions->text());
    m_start->setDefault(true);
    auto* repeat = new QPushButton(tr("&Hear the instructions again"), this);
    // Each language names itself, so a visitor finds theirs without reading the other.
    const bool chinese = language.startsWith(QLatin1String("zh"));
    auto* other = new QPushButton(chinese ? QStringLiteral("English") : QStringLiteral("中文"), this);
    other->setAccessibleName(chinese ? QStringLiteral("English") : QStringLiteral("中文 (Chinese)"));
    for (QPushButton* b : {m_start, repeat, other}) {
        b->setMinimumHeight(b->sizeHint().height() * 2);  // large targets
        b->setAutoDefault(true);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(repeat);
    buttons->addWidget(other);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_instructions);
    layout->addSpacing(m_heading->fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(2);
    layout->setContentsMargins(60, 40, 60, 40);

    connect(m_start, &QPushButton::clicked, this, &WelcomePage::startRequested);
    connect(repeat, &QPushButton::clicked, this, &WelcomePage::repeatRequested);
    connect(other, &QPushButton::clicked, this, [this, chinese] {
        Q_EMIT languageRequested(chinese ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    });
}

QString WelcomePage::spokenText() const
{
    return m_heading->text() + QStringLiteral(". ") + m_instructions->text();
}

QWidget* WelcomePage::firstFocus() const
{
    return m_start;
}

}  // namespace tingdu::station
