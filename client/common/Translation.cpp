#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tingdu::client {

QString installTranslations(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Any Chinese locale gets Simplified Chinese: the only Chinese we ship so far.
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString ui = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));

    auto* app = QCoreApplication::instance();
    auto* ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/tingdu_") + ui))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + ui, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ui;
}

}  // namespace tingdu::client
