#pragma once
#include <QString>

namespace tingdu::client {

/// Installs Tingdu's and Qt's translations for LANGUAGE ("zh_CN", "en"), or for the system
/// locale when LANGUAGE is empty. Returns the language actually in use ("zh_CN" or "en").
QString installTranslations(const QString& language = {});

}  // namespace tingdu::client
