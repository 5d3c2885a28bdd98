#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace zs {

// Chinese labels for the fixed vocabularies stored as codes (cities, company sizes, intent levels, lead
// sources, event kinds, material kinds), and name normalisation for duplicate detection.
class RecordText
{
    Q_DECLARE_TR_FUNCTIONS(RecordText)

public:
    static QStringList visitCities(); // codes, in display order
    static QString cityName(const QString& code);
    static QString cityCode(const QString& nameOrCode); // accepts 广州 / guangzhou; empty if unknown
    static QStringList companySizes();
    static QString sizeName(const QString& code);
    static QString intentName(int level);
    static QStringList leadSources();
    static QString leadSourceName(const QString& code);
    static QStringList eventKinds();
    static QString eventKindName(const QString& code);
    static QStringList materialKinds(); // policy, park, brochure, project, other
    static QString materialKindName(const QString& code);
    // For duplicate detection: full-width folded, lower-case, without spaces and punctuation, brackets unified.
    static QString normalizeName(const QString& name);
    // What two names of one company share (for the "a similar company exists" warning, never a refusal): the
    // normalised name without a bracketed place (（深圳）), a leading city and the company form (有限公司,
    // 股份有限公司, 集团…): 广州华达精密机械公司 and 广州华达精密机械有限公司 → 华达精密机械.
    static QString nameCore(const QString& name);
    // Full-width ASCII (ＴＣＬ１２３, what Chinese input methods often type) to ASCII; other characters unchanged.
    static QChar foldFullWidth(QChar c);
    // A figure as reasons and documents write it: the system's digit grouping, no decimals when whole, else one
    // (3,672 / 85.8).
    static QString figure(double v);
    // A date as ISO text; "" for none.
    static QString isoDate(QDate d);
};

} // namespace zs
