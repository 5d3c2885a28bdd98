#pragma once

#include "desktop/print/PdfDocument.h"
#include "sync/store/Error.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QStringList>

namespace zs {

class Database;

// The officer's contact card printed at the end of a brochure.
struct OfficerCard
{
    QString name;
    QString title;
    QString phone;
    QString email;
    QString team;
};

// Composes a policy brochure for one company: a cover with the city, the company's name and a map or photo from the
// materials library, the chosen policy sections (seeds/policies.json), profiles of the parks whose positioning fits
// the company's industry, and the officer's card. HTML/CSS templates from resources/brochure, laid out by QTextDocument
// and written by QPdfWriter (A4, 300 dpi) with Noto Sans CJK embedded as a subset.
class BrochureComposer
{
    Q_DECLARE_TR_FUNCTIONS(BrochureComposer)

public:
    struct Request
    {
        QString companyId;    // empty: a general guide for any investor
        QStringList sections; // land, tax, talent, infrastructure, chain, service; empty = all
        OfficerCard officer;
        QDate date = QDate::currentDate();
        int maxParks = 2;
        QString coverImageId; // a picture from the materials library on the cover (Choices::images); empty: none
    };

    explicit BrochureComposer(Database& db)
        : m_db(db)
    {
    }

    static QStringList sectionCodes();
    // Section code → its title, from the bundled policy file.
    static QString sectionTitle(const QString& code);
    Result<QString> html(const Request& request);
    Result<QByteArray> pdf(const Request& request);

private:
    struct Cover
    {
        QImage image; // null: no picture
        QString caption;
    };
    Result<Cover> cover(const Request& request);
    static PdfDocument::Options pdfOptions();
    Result<QString> html(const Request& request, const Cover& cover);
    Result<QString> parksHtml(const QString& industry, int maxParks, QStringList* parkNames);
    Database& m_db;
};

} // namespace zs
