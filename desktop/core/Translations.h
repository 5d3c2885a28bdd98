#pragma once

#include <QString>

class QCoreApplication;

namespace zs {

// Installs the app's and Qt's own translators. Chinese (zh_CN) is the language of the source strings and the
// default; "en" loads the English translation.
class Translations
{
public:
    static void install(QCoreApplication& app, const QString& language);
};

} // namespace zs
