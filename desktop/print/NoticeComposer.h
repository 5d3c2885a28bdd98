#pragma once

#include "desktop/core/agreements/AgreementWatch.h"
#include "sync/store/Error.h"

#include <QByteArray>
#include <QDate>

namespace zs {

class Database;

// 催告函: the formal notice a county sends an investor whose agreement triggered an exit condition, in the layout
// of a Chinese official letter — the sender in red over a red rule, the document number, the title, the addressee,
// the clause, the facts with their dates and figures (the watch's reason and basis), what is required and by when,
// what follows otherwise, the sender and date, and who to contact. The wording per condition is data
// (seeds/notice_templates.json); the PDF goes through PdfDocument (fonts embedded, the text layer exactly the
// characters laid out).
class NoticeComposer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeComposer)

public:
    struct Notice
    {
        QString agreementId;
        QString number; // 始兴工信催〔2026〕3号
        QString title;
        QString sender; // 始兴县工业和信息化局
        QString company;
        QDate date;
        QDate deadline;
        QString html;
    };

    explicit NoticeComposer(Database& db)
        : m_db(db)
    {
    }

    // The notice for one agreement (by id or number) and condition, as of `date`. Refused with the reason when the
    // condition is neither triggered nor handled as of that date (a notice needs a breach to cite).
    Result<Notice> compose(const QString& agreement, int condition, QDate date = QDate::currentDate());
    Result<QByteArray> pdf(const Notice& notice);

private:
    Database& m_db;
};

} // namespace zs
