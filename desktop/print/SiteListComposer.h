#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace zs {

class Database;

// 推荐载体清单: the best sites for a lead's site requirement, as a PDF the officer hands the company — the project and
// what it asks for, then each site with its facts (kind, where, area, power, water, utilities, price) and the
// matching's reasons in words (what fits, what falls short and by how much). Through PdfDocument (fonts embedded,
// the text layer exactly the characters laid out); kept, it is a material handed out to the company (its timeline).
class SiteListComposer
{
    Q_DECLARE_TR_FUNCTIONS(SiteListComposer)

public:
    struct SiteList
    {
        QString leadId;
        QString companyId;
        QString company;
        QString project;
        QString title; // 推荐载体清单 · 华讯 PCB 扩产项目
        QDate date;
        int sites = 0; // on the list (fewer than asked when fewer are on offer)
        QString html;
    };

    explicit SiteListComposer(Database& db)
        : m_db(db)
    {
    }

    // The `top` best sites on offer for the lead (id or title), as of `date`; refused, said why, when the lead has no
    // requirement or no site is on offer.
    Result<SiteList> compose(const QString& lead, int top = 3, QDate date = QDate::currentDate());
    Result<QByteArray> pdf(const SiteList& list);
    // Keeps the PDF in the materials library for the company and records it as handed out; the material's id.
    Result<QString> record(const SiteList& list, const QByteArray& pdf);

private:
    Database& m_db;
};

} // namespace zs
